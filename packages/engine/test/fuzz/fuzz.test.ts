import { corpus } from '@gongkai/corpus';
import { parseReport } from '@gongkai/schema';
import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { importHtml, importReport, importText } from '../../src/import/index.js';

const texts = corpus.filter((e) => !e.id.startsWith('html/')).map((e) => e.source);
const pages = corpus.filter((e) => e.id.startsWith('html/')).map((e) => e.source);

/** One damaging edit to a report's lines, as copies off portals and PDFs damage them. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({
    kind: fc.constant('garble' as const),
    at: fc.nat(),
    pos: fc.nat(),
    text: fc.string({ maxLength: 4 }),
  }),
  fc.record({
    kind: fc.constant('number' as const),
    at: fc.nat(),
    text: fc.constantFrom(
      '',
      '-',
      '—',
      '/',
      '无',
      '1e9',
      '-5',
      '3.5',
      'NaN',
      '１２',
      '99999999999999999999',
      '12（注）',
      '（',
    ),
  }),
  fc.record({ kind: fc.constant('join' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('tabs' as const), at: fc.nat() }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, edits: readonly Mutation[]): string {
  const lines = text.split('\n');
  for (const e of edits as readonly (Mutation & { with?: number; pos?: number; text?: string })[]) {
    if (lines.length === 0) break;
    const i = e.at % lines.length;
    const line = lines[i] ?? '';
    if (e.kind === 'drop') lines.splice(i, 1);
    else if (e.kind === 'swap') {
      const j = (e.with ?? 0) % lines.length;
      [lines[i], lines[j]] = [lines[j] ?? '', line];
    } else if (e.kind === 'garble') {
      const p = (e.pos ?? 0) % (line.length + 1);
      lines[i] = line.slice(0, p) + (e.text ?? '') + line.slice(p + 2);
    } else if (e.kind === 'number') {
      const cells = line.split('\t');
      cells[(e.pos ?? cells.length - 1) % cells.length] = e.text ?? '';
      lines[i] = cells.join('\t');
    } else if (e.kind === 'join') lines[i] = line.replace(/\t/g, '');
    else lines[i] = line.replace(/\t/g, '\t\t');
  }
  return lines.join('\n');
}

describe('fuzz: mutated real reports never throw and always give a valid report', () => {
  test('plain text: lines dropped, swapped, labels garbled, numbers corrupted', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.array(mutation, { minLength: 1, maxLength: 12 }),
        (text, edits) => {
          const { report, diagnostics } = importText(mutate(text, edits));
          expect(parseReport(report).success).toBe(true);
          expect(Array.isArray(diagnostics)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  test('HTML pages: markup cut and spliced', () => {
    fc.assert(
      fc.property(fc.constantFrom(...pages), fc.nat(), fc.nat(), fc.nat(), (page, a, b, c) => {
        const cut = a % page.length;
        const spliced =
          page.slice(0, cut) +
          page.slice((cut + (b % 5000)) % page.length, (cut + (c % 20000)) % page.length);
        expect(parseReport(importHtml(spliced).report).success).toBe(true);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  test('arbitrary strings and bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 })),
        async (input) => {
          const { report } = await importReport(input);
          expect(parseReport(report).success).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});
