import { corpus } from '@gongkai/corpus';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corrupt, dataCells, slips } from './corruption.js';

// The proof, sampled: one corpus report, one cell, one slip at a time. The whole sweep (every
// cell of every report, every slip) runs in bench/suspects.bench.ts, which prints the figures.
const cases = corpus.flatMap((entry) => {
  const previous = entry.previous ? corpus.find((e) => e.id === entry.previous)?.report : undefined;
  return dataCells(entry.report).map((cell) => ({ entry, previous, cell }));
});

describe('corrupting one cell of a corpus report', () => {
  it('has cells to corrupt in every report with section 三 or 四 filled in', () => {
    const withCells = new Set(cases.map((c) => c.entry.id));
    for (const e of corpus)
      if (e.id !== '15-xizhen-jiaxian-township-2022-FRAGMENT') expect(withCells).toContain(e.id);
  });

  it('never proposes a wrong fix as certain, and pins the cell wherever two sums cross it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.constantFrom(...Object.keys(slips)),
        ({ entry, previous, cell }, slip) => {
          const o = corrupt(entry, previous, cell, slip);
          if (!o?.detected) return;
          if (o.confidence === 'certain') expect(o.topRight, `${o.report} ${cell} ${slip}`).toBe(true);
          if (o.sums >= 2) expect(o.topRight, `${o.report} ${cell} ${slip}`).toBe(true);
          // Restoring the true value is always a one-cell fix, so it never gives up.
          expect(o.confidence).not.toBe('none');
        },
      ),
      { numRuns: 150, seed: 17 },
    );
  });
});
