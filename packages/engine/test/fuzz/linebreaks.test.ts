import { corpus } from '@gongkai/corpus';
import * as fc from 'fast-check';
import { expect, test } from 'vitest';
import { importText } from '../../src/import/index.js';
import { scoreCopy } from '../import/derived-match.js';

// Text reports with figures: the ones whose line breaks a copy can lose.
const reports = corpus.filter(
  (e) => e.sourceFile.endsWith('.txt') && Object.values(e.expected.cells).some((v) => v !== null),
);

// How a copy may hold the cells of one table line apart: not at all, a space, a tab, a line each, `|` lines.
const CELL_JOINS = ['', ' ', '\t', '\n', '\n|\n', ' | '] as const;
// And the lines apart: a line break, nothing (headings glued to the text), a space.
const LINE_JOINS = ['\n', '', ' '] as const;

/** A report reshaped: each table line's cells joined one way, each line break kept or dropped. */
function reshape(source: string, cellJoins: readonly number[], lineJoins: readonly number[]): string {
  const lines = source.split('\n');
  let out = '';
  lines.forEach((line, i) => {
    const cells = line.includes('\t') ? line.split('\t') : [line];
    const join = CELL_JOINS[(cellJoins[i % cellJoins.length] ?? 0) % CELL_JOINS.length]!;
    out += cells.join(join);
    if (i < lines.length - 1) out += LINE_JOINS[(lineJoins[i % lineJoins.length] ?? 0) % LINE_JOINS.length]!;
  });
  return out;
}

test('any corpus report, flattened or re-gridded at random, never yields a wrong number', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...reports.map((e) => e.id)),
      fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
      fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
      (id, cellJoins, lineJoins) => {
        const entry = reports.find((e) => e.id === id)!;
        const text = reshape(entry.source, cellJoins, lineJoins);
        const { report } = importText(text);
        const copy = { id: entry.id, layout: 'one-line-glued' as const, text, cells: entry.expected.cells };
        expect([id, cellJoins, lineJoins, scoreCopy(copy, report).wrong]).toEqual([
          id,
          cellJoins,
          lineJoins,
          [],
        ]);
      },
    ),
    { numRuns: 30 },
  );
  // Thirty imports of reshaped reports: seconds on a loaded machine.
}, 30_000);

test('a hostile one-line text of labels, ordinals and digit runs is read in bounded work', () => {
  const soup = '二、主动公开政府信息情况规章1129行政规范性文件三、（七）总计'.repeat(2000) + '9'.repeat(5000);
  const { report, diagnostics } = importText(soup);
  expect(report.activeDisclosure.regulations).toEqual({ issued: null, repealed: null, inForce: null });
  expect(diagnostics.length).toBeGreaterThan(0);
});
