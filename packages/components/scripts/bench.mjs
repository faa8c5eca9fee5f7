/**
 * `pnpm bench`: in chromium, (1) the first render of the largest corpus report by <gk-report> against
 * parsing the same server-rendered markup into the page (innerHTML with declarative shadow DOM, i.e.
 * `setHTMLUnsafe`), each cold in a fresh page; (2) keystroke in <gk-report-editor> → totals derived,
 * findings recomputed, next frame. Prints medians, p95 and ratios; no pass/fail.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { runnerImport } from 'vite';
import { buildCdn } from './build.mjs';
import { renderCorpus } from './render-corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'test-results', 'bench');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 25);
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 120);

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const ms = (n) => `${n.toFixed(2)} ms`;

mkdirSync(out, { recursive: true });
await buildCdn(join(out, 'cdn'));
const markup = await renderCorpus();
const corpusDir = join(root, '..', '..', 'corpus', 'reports');
// The largest report by its JSON (most figures and text).
const ids = Object.keys(markup);
const fileOf = (id) => join(corpusDir, `${id.replace('html/', 'html-')}.json`);
const largest = ids.sort((a, b) => readFileSync(fileOf(b)).length - readFileSync(fileOf(a)).length)[0];
const report = JSON.parse(readFileSync(fileOf(largest), 'utf8'));
// The baseline must not upgrade: same markup under a tag no script defines.
const staticMarkup = markup[largest]
  .replaceAll('<gk-report', '<gk-static')
  .replaceAll('</gk-report>', '</gk-static>');

const files = {
  '/': '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body><div id="host"></div></body></html>',
  '/page.js': readFileSync(join(root, 'bench', 'page.js')),
};
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  let body = files[path];
  // The bundles and their chunks, as a portal serves them.
  if (!body && path.startsWith('/cdn/') && !path.includes('..') && existsSync(join(out, path))) {
    body = readFileSync(join(out, path));
  }
  res.writeHead(body ? 200 : 404, { 'content-type': path === '/' ? 'text/html' : 'text/javascript' });
  res.end(body ?? '');
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
// The shared launch options are TypeScript; Vite's runner loads them without a build.
const { module: launch } = await runnerImport(join(root, '..', '..', 'scripts', 'chromium.ts'));
const browser = await chromium.launch(launch.chromiumLaunchOptions);

try {
  /** Cold rounds, each in a fresh page; `warmIntl`: the page has used Intl.NumberFormat before. */
  async function rounds(warmIntl) {
    const first = [];
    const baseline = [];
    for (let i = 0; i < ROUNDS; i++) {
      const page = await browser.newPage();
      await page.goto(base);
      await page.addScriptTag({ url: '/cdn/gk-report.js', type: 'module' });
      await page.waitForFunction(() => customElements.get('gk-report'));
      if (warmIntl) await page.evaluate(() => new Intl.NumberFormat('zh-CN').format(1234.5));
      const run = async (which) =>
        which === 'first'
          ? first.push(await page.evaluate(async (r) => (await import('/page.js')).firstRender(r), report))
          : baseline.push(
              await page.evaluate(async (m) => (await import('/page.js')).innerHtmlBaseline(m), staticMarkup),
            );
      // Alternate which goes first, so neither always pays for the page's first layout.
      for (const which of i % 2 === 0 ? ['first', 'baseline'] : ['baseline', 'first']) await run(which);
      await page.close();
    }
    return { first, baseline };
  }
  const cold = await rounds(false);
  const intlWarm = await rounds(true);
  const { first, baseline } = cold;

  const page = await browser.newPage();
  await page.goto(base);
  await page.addScriptTag({ url: '/cdn/gk-report-editor.js', type: 'module' });
  await page.waitForFunction(() => customElements.get('gk-report-editor'));
  const inputs = await page.evaluate(async (r) => (await import('/page.js')).mountEditor(r), report);
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.keyboard.press(i % 2 === 0 ? String((i / 2) % 10) : 'Backspace');
    await page.waitForFunction((n) => window.__samples.length >= n, i + 1);
  }
  await page.waitForFunction((n) => window.__frames.length >= n, KEYSTROKES);
  const keys = await page.evaluate(() => window.__samples);
  const frames = await page.evaluate(() => window.__frames);
  const warm = keys.slice(10);
  const warmFrames = frames.slice(10);

  const result = {
    fixture: largest,
    rounds: ROUNDS,
    firstRender: { median: quantile(first, 0.5), p95: quantile(first, 0.95) },
    innerHtmlBaseline: { median: quantile(baseline, 0.5), p95: quantile(baseline, 0.95) },
    ratio: quantile(first, 0.5) / quantile(baseline, 0.5),
    intlWarm: {
      firstRender: quantile(intlWarm.first, 0.5),
      innerHtmlBaseline: quantile(intlWarm.baseline, 0.5),
      ratio: quantile(intlWarm.first, 0.5) / quantile(intlWarm.baseline, 0.5),
    },
    keystroke: {
      inputs,
      samples: warm.length,
      median: quantile(warm, 0.5),
      p95: quantile(warm, 0.95),
      max: Math.max(...warm),
    },
    keystrokeToFrame: { median: quantile(warmFrames, 0.5), p95: quantile(warmFrames, 0.95) },
  };
  writeFileSync(join(out, 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`components bench — chromium, ${largest}, ${ROUNDS} cold rounds`);
  console.log(
    `  first render <gk-report>         median ${ms(result.firstRender.median)}  p95 ${ms(result.firstRender.p95)}`,
  );
  console.log(
    `  innerHTML of the SSR markup      median ${ms(result.innerHtmlBaseline.median)}  p95 ${ms(result.innerHtmlBaseline.p95)}`,
  );
  console.log(`  ratio first render / innerHTML   ${result.ratio.toFixed(2)}×  (goal ≤ 2×)`);
  console.log(
    `  same, page has used Intl before   ${ms(result.intlWarm.firstRender)} / ${ms(result.intlWarm.innerHtmlBaseline)} = ${result.intlWarm.ratio.toFixed(2)}×  (Chromium's one-time ICU set-up excluded)`,
  );
  console.log(
    `  keystroke → revalidated repaint  median ${ms(result.keystroke.median)}  p95 ${ms(result.keystroke.p95)}  max ${ms(result.keystroke.max)}  (${result.keystroke.samples} keystrokes, ${inputs} inputs; goal p95 < 8 ms)`,
  );
  console.log(
    `  keystroke → next frame           median ${ms(result.keystrokeToFrame.median)}  p95 ${ms(result.keystrokeToFrame.p95)}  (includes the wait for vsync)`,
  );
} finally {
  await browser.close();
  server.close();
}
