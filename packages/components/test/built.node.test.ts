/**
 * The built package: imported in Node (no DOM at module scope), and its CDN bundles run in chromium
 * on a page with a strict Content-Security-Policy (Trusted Types required), printed to PDF.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpus, entry } from '@gongkai/corpus';
import { type Browser, chromium, type Page } from 'playwright';
// Lit announces its development build once per process when first loaded; load it here, outside any
// test, so that notice is not taken for output of the package under test.
import 'lit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumLaunchOptions } from '../../../scripts/chromium.js';
// @ts-expect-error: plain ES module script without types
import { buildCdn, buildLib } from '../scripts/build.mjs';
import { serve } from './support/static-server.js';

// Inside the package, so the built files resolve their dependencies (workspace sources) like a consumer's would.
mkdirSync('test-results', { recursive: true });
const out = mkdtempSync(join('test-results', 'built-'));
let browser: Browser;

beforeAll(async () => {
  await buildLib(join(out, 'dist'));
  await buildCdn(join(out, 'dist', 'cdn'));
  browser = await chromium.launch(chromiumLaunchOptions);
});

afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

describe('the built package in Node', () => {
  test('imports every entry without a DOM at module scope', async () => {
    expect(typeof document).toBe('undefined');
    expect(typeof window).toBe('undefined');
    const entries = [
      'index',
      'define/gk-report',
      'define/gk-findings',
      'define/gk-report-editor',
      'define/gk-report-compare',
      'ssr/index',
    ];
    const modules: Record<string, Record<string, unknown>> = {};
    for (const name of entries)
      modules[name] = await import(/* @vite-ignore */ `../${join(out, 'dist', `${name}.js`)}`);
    expect(typeof document).toBe('undefined');
    expect(typeof window).toBe('undefined');
    expect(Object.keys(modules.index ?? {})).toEqual(
      expect.arrayContaining([
        'GkReport',
        'GkFindings',
        'GkReportEditor',
        'GkReportCompare',
        'GkChangeEvent',
        'GkValidateEvent',
      ]),
    );
    const ssr = modules['ssr/index'] as { renderReportToString(r: unknown): string };
    expect(ssr.renderReportToString(entry('01-huaian-city-gov-2024').report)).toContain(
      'shadowrootmode="open"',
    );
  });
});

// A strict policy: no inline script or style, no eval, Trusted Types required for every DOM sink.
const csp = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const inline = (report: unknown) => JSON.stringify(report).replace(/</g, '\\u003c');
const largest = [...corpus].sort(
  (a, b) => JSON.stringify(b.report).length - JSON.stringify(a.report).length,
)[0]!;

function page(body: string, script: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>gk</title></head><body>${body}<script type="module" src="/cdn/${script}"></script></body></html>`;
}

async function open(
  path: string,
  pages: Record<string, string>,
  run: (page: Page, problems: string[]) => Promise<void>,
) {
  const server = await serve(join(out, 'dist'), pages, { 'content-security-policy': csp });
  const context = await browser.newContext();
  const tab = await context.newPage();
  const problems: string[] = [];
  tab.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  tab.on('pageerror', (e) => problems.push(String(e)));
  try {
    await tab.goto(server.url + path);
    await run(tab, problems);
  } finally {
    await context.close();
    await server.close();
  }
}

describe('CDN bundles in chromium', () => {
  test('gk-report.js renders, marks findings and lists them under a strict CSP with Trusted Types', async () => {
    const report = structuredClone(entry('01-huaian-city-gov-2024').report);
    report.applications.granted.total = (report.applications.granted.total ?? 0) + 5;
    report.narrative.problems = '<img src=x onerror="document.title=\'xss\'">';
    const body = `<gk-report id="r" show-findings><script type="application/json">${inline(report)}</script></gk-report><gk-findings for="r"></gk-findings>`;
    await open('/', { '/': page(body, 'gk-report.js') }, async (tab, problems) => {
      await tab.waitForFunction(
        () => document.querySelector('gk-report')?.shadowRoot?.querySelectorAll('table').length === 3,
      );
      await tab.waitForFunction(
        () => (document.querySelector('gk-findings')?.shadowRoot?.querySelectorAll('li').length ?? 0) > 0,
      );
      const state = await tab.evaluate(() => {
        const root = document.querySelector('gk-report')?.shadowRoot as ShadowRoot;
        return {
          granted: root.getElementById('cell-applications.granted.total')?.textContent?.trim(),
          marked: root.querySelectorAll('td.gk-error').length,
          title: document.title,
          imgs: root.querySelectorAll('img').length,
        };
      });
      expect(problems).toEqual([]);
      // The policy is really enforced: an HTML sink without a trusted value throws.
      const trustedTypesEnforced = await tab.evaluate(() => {
        try {
          document.body.insertAdjacentHTML('beforeend', '<b>x</b>');
          return false;
        } catch {
          return true;
        }
      });
      expect(state.granted).toMatch(/^[\d,]+/);
      expect(state.marked).toBeGreaterThan(0);
      expect(state.title).toBe('gk');
      expect(state.imgs).toBe(0);
      expect(trustedTypesEnforced).toBe(true);
    });
  });

  test('gk-report-editor.js edits under the same policy', async () => {
    const report = entry('xinglingzi-township-2024').report;
    const body = `<form><gk-report-editor name="report" no-drafts></gk-report-editor></form>`;
    const script = `/boot.js`;
    const boot = `import './cdn/gk-report-editor.js'; const e = document.querySelector('gk-report-editor'); e.report = ${JSON.stringify(report)};`;
    const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>gk</title></head><body>${body}<script type="module" src="${script}"></script></body></html>`;
    await open('/', { '/': html, '/boot.js': boot }, async (tab, problems) => {
      await tab.waitForFunction(
        () => !!document.querySelector('gk-report-editor')?.shadowRoot?.querySelector('input'),
      );
      await tab.locator('gk-report-editor input[data-path="appeals.review.upheld"]').fill('3');
      const value = await tab.evaluate(
        () => new FormData(document.querySelector('form') as HTMLFormElement).get('report') as string,
      );
      expect(JSON.parse(value).appeals.review.upheld).toBe(3);
      expect(problems).toEqual([]);
    });
  });

  test('server-rendered markup shows styled before any script under a strict CSP (style hashes), then upgrades', async () => {
    const ssr = (await import('../src/ssr/index.js')) as typeof import('../src/ssr/index.js');
    const markup = ssr.renderReportToString(entry('01-huaian-city-gov-2024').report);
    const policy = csp.replace("style-src 'self'", `style-src 'self' ${ssr.styleHashes(markup).join(' ')}`);
    const server = await serve(
      join(out, 'dist'),
      {
        '/': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>gk</title></head><body>${markup}</body></html>`,
        '/later': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>gk</title></head><body>${markup}<script type="module" src="/cdn/gk-report.js"></script></body></html>`,
      },
      { 'content-security-policy': policy },
    );
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    const problems: string[] = [];
    tab.on('console', (m) => problems.push(m.text()));
    await tab.goto(`${server.url}/`);
    const th = tab.locator('gk-report th').first();
    expect(await th.evaluate((e) => getComputedStyle(e).fontWeight)).toBe('600');
    expect(await tab.locator('gk-report table').count()).toBe(3);
    await context.close();
    const live = await browser.newContext();
    const page2 = await live.newPage();
    page2.on('console', (m) => problems.push(m.text()));
    page2.on('pageerror', (e) => problems.push(String(e)));
    await page2.goto(`${server.url}/later`);
    await page2.waitForFunction(() => customElements.get('gk-report'));
    expect(await page2.locator('gk-report table').count()).toBe(3);
    await live.close();
    await server.close();
    expect(problems).toEqual([]);
  });

  test('prints the largest report on A4 in true black and makes a PDF', async () => {
    const body = `<gk-report><script type="application/json">${inline(largest.report)}</script></gk-report>`;
    await open('/', { '/': page(body, 'gk-report.js') }, async (tab, problems) => {
      await tab.waitForFunction(
        () => document.querySelector('gk-report')?.shadowRoot?.querySelectorAll('table').length === 3,
      );
      await tab.emulateMedia({ media: 'print' });
      const styles = await tab.evaluate(() => {
        const root = document.querySelector('gk-report')?.shadowRoot as ShadowRoot;
        const th = root.querySelector('thead th') as Element;
        return {
          thead: getComputedStyle(root.querySelector('thead') as Element).display,
          color: getComputedStyle(th).color,
          background: getComputedStyle(th).backgroundColor,
          rowBreak: getComputedStyle(root.querySelector('tbody tr') as Element).breakInside,
        };
      });
      expect(styles).toEqual({
        thead: 'table-header-group',
        color: 'rgb(0, 0, 0)',
        background: 'rgb(255, 255, 255)',
        rowBreak: 'avoid',
      });
      // A4 between the margins is 180 mm, 680 CSS px: section 四's fifteen figures fit across.
      await tab.setViewportSize({ width: 680, height: 1000 });
      const widest = await tab.evaluate(() =>
        Math.max(
          ...[...(document.querySelector('gk-report')?.shadowRoot?.querySelectorAll('table') ?? [])].map(
            (t) => t.getBoundingClientRect().width,
          ),
        ),
      );
      expect(widest).toBeLessThanOrEqual(680);
      const pdf = await tab.pdf({ preferCSSPageSize: true, printBackground: true });
      // Left in test-results/ as an artifact, to be looked at.
      writeFileSync(join('test-results', `${largest.id.replace(/\//g, '-')}.pdf`), pdf);
      const text = pdf.toString('latin1');
      expect(text.startsWith('%PDF-')).toBe(true);
      const pages = text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages).toBeGreaterThan(1);
      // A4 is 595 × 842 points.
      expect(text).toMatch(/\/MediaBox\s*\[\s*0\s+0\s+59[45](\.\d+)?\s+84[12](\.\d+)?\s*\]/);
      expect(problems).toEqual([]);
    });
  });
});

describe('findings that can be trusted: never 未发现问题 when no check ran', () => {
  const findingsText = (tab: Page) =>
    tab.evaluate(() => document.querySelector('gk-findings')?.shadowRoot?.textContent ?? '');

  /** Serves `files` (name → path under the build) from `/vendor/gongkai/`, and the pages. */
  async function selfHosted(
    files: string[],
    pages: Record<string, string>,
    run: (tab: Page, problems: string[]) => Promise<void>,
  ) {
    const root = mkdtempSync(join('test-results', 'host-'));
    mkdirSync(join(root, 'vendor', 'gongkai'), { recursive: true });
    for (const file of files)
      copyFileSync(join(out, 'dist', 'cdn', file), join(root, 'vendor', 'gongkai', file));
    const server = await serve(root, pages, { 'content-security-policy': csp });
    const context = await browser.newContext();
    const tab = await context.newPage();
    const problems: string[] = [];
    tab.on('pageerror', (e) => problems.push(String(e)));
    try {
      await tab.goto(`${server.url}/news/2025/report.html`);
      await run(tab, problems);
    } finally {
      await context.close();
      await server.close();
      rmSync(root, { recursive: true, force: true });
    }
  }

  const portalPage = (body: string) =>
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>gk</title></head><body>${body}<script type="module" src="/vendor/gongkai/gk-report.js"></script></body></html>`;
  const withFindings = (inner: string, attributes = '') =>
    `<gk-report id="r" show-findings ${attributes}>${inner}</gk-report><gk-findings for="r"></gk-findings>`;
  const report = entry('01-huaian-city-gov-2024').report;

  test('self-hosted from another folder, both files: a corpus report with its findings', async () => {
    const broken = structuredClone(report);
    broken.applications.granted.total = (broken.applications.granted.total ?? 0) + 5;
    const body = withFindings(`<script type="application/json">${inline(broken)}</script>`);
    await selfHosted(
      ['gk-report.js', 'gk-report-engine.js'],
      { '/news/2025/report.html': portalPage(body) },
      async (tab, problems) => {
        await tab.waitForFunction(
          () => (document.querySelector('gk-findings')?.shadowRoot?.querySelectorAll('li').length ?? 0) > 0,
        );
        expect(await tab.locator('gk-report table').count()).toBe(3);
        expect(await findingsText(tab)).toMatch(/\d+ 个错误/);
        expect(problems).toEqual([]);
      },
    );
  });

  test('only gk-report.js self-hosted: says the engine did not load, in Chinese', async () => {
    const body = withFindings(`<script type="application/json">${inline(report)}</script>`);
    await selfHosted(['gk-report.js'], { '/news/2025/report.html': portalPage(body) }, async (tab) => {
      await tab.waitForFunction(() =>
        document.querySelector('gk-findings')?.shadowRoot?.textContent?.includes('未能核对'),
      );
      const text = await findingsText(tab);
      expect(text).toContain('gk-report-engine.js');
      expect(text).not.toContain('未发现问题');
      // The report itself still shows.
      expect(await tab.locator('gk-report table').count()).toBe(3);
    });
  });

  test('broken inline JSON and a 404 src: the reason in Chinese, no 未发现问题', async () => {
    const pages = {
      '/news/2025/report.html': portalPage(
        withFindings(`<script type="application/json">{oops: 1}</script>`),
      ),
      '/news/2025/missing.html': portalPage(withFindings('', 'src="/data/none.json"')),
    };
    await selfHosted(['gk-report.js', 'gk-report-engine.js'], pages, async (tab) => {
      await tab.waitForFunction(
        () => !!document.querySelector('gk-report')?.shadowRoot?.querySelector('[role="alert"]'),
      );
      const alert = await tab.evaluate(
        () => document.querySelector('gk-report')?.shadowRoot?.querySelector('[role="alert"] p')?.textContent,
      );
      expect(alert).toBe('报告载入失败：报告数据不是有效的 JSON');
      await tab.waitForFunction(() =>
        document.querySelector('gk-findings')?.shadowRoot?.textContent?.includes('未能核对'),
      );
      expect(await findingsText(tab)).not.toContain('未发现问题');
      await tab.goto(tab.url().replace('report.html', 'missing.html'));
      await tab.waitForFunction(
        () => !!document.querySelector('gk-report')?.shadowRoot?.querySelector('[role="alert"]'),
      );
      const missing = await tab.evaluate(
        () => document.querySelector('gk-report')?.shadowRoot?.querySelector('[role="alert"] p')?.textContent,
      );
      expect(missing).toBe('报告载入失败：无法取得报告文件 /data/none.json（服务器返回 404）');
      await tab.waitForFunction(() =>
        document.querySelector('gk-findings')?.shadowRoot?.textContent?.includes('未能核对'),
      );
      expect(await findingsText(tab)).not.toContain('未发现问题');
    });
  });
});
