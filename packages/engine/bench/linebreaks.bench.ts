import { corpus } from '@gongkai/corpus';
import { deriveCopies, deriveText } from '@gongkai/corpus/derive';
import { formatsOf, getCell, layoutOf } from '@gongkai/schema';
import { afterAll, bench, describe } from 'vitest';
import { bestOf } from './best-of.js';

// The built package (`pnpm bench` builds it first), as in import.bench.ts.
const dist = new URL('../dist/index.js', import.meta.url).href;
const { importText } = (await import(/* @vite-ignore */ dist)) as typeof import('../src/import/index.js');

/**
 * A report whatever happened to its line breaks: the one-line form of the largest text report (read by its
 * labels) against the baseline that only splits the same text into lines and cells, next to the line-shaped
 * form's ratio. Goal: the one-line form in under 2 ms. Then, over every derived copy of every text report
 * (`corpus/derive.ts`), the printed figures placed, left blank with a reason, and placed wrong (must be 0).
 */
const texts = corpus.filter((e) => e.sourceFile.endsWith('.txt'));
const largest = [...texts].sort((a, b) => b.source.length - a.source.length)[0]!;
const forms = {
  'line-shaped': largest.source,
  'one line, glued': deriveText(largest.source, 'one-line-glued'),
  'one line, spaced': deriveText(largest.source, 'one-line-spaced'),
  'one cell per line': deriveText(largest.source, 'cell-per-line'),
};
const split = (source: string) => source.split(/\r?\n/).map((line) => line.split('\t'));
const options = { time: 1000, warmupTime: 500, warmupIterations: 100 };

describe(largest.id, () => {
  for (const [name, text] of Object.entries(forms)) bench(name, () => void importText(text), options);
  bench('split into lines and cells (baseline)', () => void split(largest.source), options);
});

afterAll(() => {
  // Timed in the hook: short rounds, so that a loaded machine still finishes it.
  const fmt = (us: number) => (us / 1000).toFixed(3).padStart(8);
  // One baseline for every form: the line-shaped text split into lines and cells.
  const base = bestOf(() => split(largest.source), 9, 100);
  const rows = Object.entries(forms).map(([name, text]) => {
    const time = bestOf(() => importText(text), 9, 50);
    return `${name.padEnd(24)}${fmt(base)}${fmt(time)}${(time / base).toFixed(1).padStart(8)}${name.startsWith('one line') && time >= 2000 ? '  (goal missed)' : ''}`;
  });
  let placed = 0;
  let printed = 0;
  let wrong = 0;
  const copies = deriveCopies(corpus);
  for (const copy of copies) {
    const { report } = importText(copy.text);
    const layout = layoutOf(formatsOf(report));
    for (const [address, want] of Object.entries(copy.cells)) {
      const got = layout.cellByAddress.has(address) ? (getCell(report, address) ?? null) : null;
      if (want !== null) printed++;
      if (got !== null && got === want) placed++;
      else if (got !== null) wrong++;
    }
  }
  const pct = (n: number) => `${((100 * n) / printed).toFixed(1)}%`;
  process.stdout.write(
    [
      '',
      `${largest.id}: import ÷ split into lines and cells (ms, best of 9 rounds; goal: one line under 2 ms)`,
      `${'form'.padEnd(24)}${'split'.padStart(8)}${'import'.padStart(8)}   ratio`,
      ...rows,
      '',
      `${copies.length} derived copies: ${printed} printed figures, ${placed} placed (${pct(placed)}), ${printed - placed - wrong} blank (${pct(printed - placed - wrong)}), ${wrong} wrong`,
      '',
    ].join('\n'),
  );
}, 300_000);
