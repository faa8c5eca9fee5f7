import { corpus } from '@gongkai/corpus';
import { afterAll, bench, describe } from 'vitest';
import { bestOf } from './best-of.js';

// The built package (`pnpm bench` builds it first), loaded natively: what a portal or the CLI runs. Typed
// from the source, so that typechecking needs no build.
const dist = new URL('../dist/index.js', import.meta.url).href;
const { importHtml, importText } = (await import(
  /* @vite-ignore */ dist
)) as typeof import('../src/import/index.js');

/**
 * Import of each corpus report against a baseline that only splits the same text into lines and cells.
 * Vitest prints, per report, how many times faster the baseline is: the ratio to keep within 5×.
 * Goal: a typical report imports in under 2 ms.
 */
const split = (source: string) => source.split(/\r?\n/).map((line) => line.split('\t'));

// Both sides warmed the same and timed for a full second: the first calls of a page run cold code, and a
// loaded machine's garbage-collection pauses would otherwise weigh on short runs.
const options = { time: 1000, warmupTime: 500, warmupIterations: 200 };

for (const e of corpus) {
  const read = e.id.startsWith('html/') ? importHtml : importText;
  describe(e.id, () => {
    bench(
      'import',
      () => {
        read(e.source);
      },
      options,
    );
    bench(
      'split into lines and cells (baseline)',
      () => {
        split(e.source);
      },
      options,
    );
  });
}

// The steady table: best of short rounds per report (`bestOf`), import ÷ split, against the goals.
afterAll(() => {
  const rows = corpus.map((e) => {
    const read = e.id.startsWith('html/') ? importHtml : importText;
    const calls = e.id.startsWith('html/') ? 50 : 500;
    const base = bestOf(() => split(e.source), 9, calls);
    const time = bestOf(() => read(e.source), 9, calls);
    return { id: e.id, base, time, ratio: time / base };
  });
  const fmt = (us: number) => (us / 1000).toFixed(3).padStart(8);
  const lines = [
    '',
    'import ÷ split into lines and cells (ms per report, best of 9 rounds; goal: under 2 ms, ratio ≤ 5)',
    `${'report'.padEnd(44)}${'split'.padStart(8)}${'import'.padStart(8)}   ratio`,
    ...rows.map(
      (r) =>
        `${r.id.padEnd(44)}${fmt(r.base)}${fmt(r.time)}${r.ratio.toFixed(2).padStart(8)}${r.time < 2000 && r.ratio <= 5 ? '' : '  (goal missed)'}`,
    ),
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
});
