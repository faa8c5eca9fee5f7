import { formatsOf, getCell, layoutOf, type Report, setCell } from '@gongkai/schema';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { computeTotals, validate } from '../../src/index.js';
import { forgetRecentReports } from '../../src/validate/caches.js';
import { consistentReport } from './consistent-report.js';

// A consistent report drawn from fast-check's numbers, in either format.
const draws = fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 64, maxLength: 64 });
const consistent = fc
  .tuple(draws, fc.constantFrom('2021' as const, '2019' as const))
  .map(([numbers, version]) => {
    let k = 0;
    return consistentReport(() => numbers[k++ % numbers.length] as number, version);
  });

const arithmetic = new Set([
  'applications.balance',
  'applications.results-sum',
  'applications.row-sum',
  'appeals.group-sum',
]);
const layoutFor = (report: Report) => layoutOf(formatsOf(report));

describe('generated consistent reports', () => {
  test('validate finds nothing at all, in either locale', () => {
    fc.assert(
      fc.property(consistent, (report) => {
        expect(validate(report)).toEqual([]);
        expect(validate(report, { locale: 'en' })).toEqual([]);
      }),
    );
  });

  test('computeTotals rebuilds every derivable cell, and running it again changes nothing', () => {
    fc.assert(
      fc.property(consistent, (report) => {
        const layout = layoutFor(report);
        const derivable = [...new Set(layout.equations.flatMap((e) => (e.derive ? [e.derive] : [])))];
        const blanked = structuredClone(report);
        for (const address of derivable) setCell(blanked, address, null);
        const before = structuredClone(blanked);
        const once = computeTotals(blanked);
        expect(blanked).toEqual(before);
        expect(once.report).toEqual(report);
        expect(once.derived).toEqual(layout.cells.map((c) => c.address).filter((a) => derivable.includes(a)));
        const twice = computeTotals(once.report);
        expect(twice.derived).toEqual([]);
        expect(twice.report).toEqual(once.report);
      }),
    );
  });

  test('changing any one cell makes the rules covering that cell fire, and only those', () => {
    fc.assert(
      fc.property(consistent, fc.nat(), fc.integer({ min: 1, max: 9 }), (report, pick, delta) => {
        const layout = layoutFor(report);
        const cell = layout.cells[pick % layout.cells.length]!;
        const changed = structuredClone(report);
        setCell(changed, cell.address, (getCell(report, cell.address) as number) + delta);
        const covering = new Set(
          layout.equations
            .filter((e) => e.lhs.includes(cell.address) || e.rhs.includes(cell.address))
            .map((e) => e.rule),
        );
        const findings = validate(changed);
        expect(new Set(findings.map((f) => f.rule))).toEqual(covering);
        for (const f of findings) {
          expect(f.severity).toBe('error');
          expect([f.path, ...(f.related ?? [])]).toContain(cell.address);
        }
      }),
    );
  });

  test('blanking cells never makes an error: only blank-cell warnings and "could not check" notes', () => {
    fc.assert(
      fc.property(consistent, fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), (report, picks) => {
        const layout = layoutFor(report);
        const blanked = structuredClone(report);
        for (const p of picks) setCell(blanked, layout.cells[p % layout.cells.length]!.address, null);
        const findings = validate(blanked);
        forgetRecentReports();
        expect(validate(blanked)).toEqual(findings);
        expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
        for (const f of findings) {
          if (f.severity === 'warning') expect(f.rule).toBe('cell.blank');
          else expect(arithmetic.has(f.rule) || f.rule === 'cell.blank').toBe(true);
        }
        // One "could not check" note per rule, never one per blank cell.
        const infos = findings.filter((f) => f.severity === 'info').map((f) => f.rule);
        expect(infos).toEqual([...new Set(infos)]);
      }),
    );
  });

  test('findings come in reading order with unique fingerprints', () => {
    fc.assert(
      fc.property(
        consistent,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 5 })), { maxLength: 6 }),
        (report, edits) => {
          const layout = layoutFor(report);
          const changed = structuredClone(report);
          for (const [p, d] of edits) {
            const a = layout.cells[p % layout.cells.length]!.address;
            setCell(changed, a, (getCell(changed, a) as number) + d);
          }
          const findings = validate(changed);
          const position = (path: string) => layout.cells.findIndex((c) => c.address === path);
          const positions = findings.map((f) => position(f.path));
          expect(positions).toEqual([...positions].sort((a, b) => a - b));
          const prints = findings.map((f) => f.fingerprint);
          expect(new Set(prints).size).toBe(prints.length);
          expect(validate(structuredClone(changed))).toEqual(findings);
          // What validate remembers between calls changes nothing it finds.
          forgetRecentReports();
          expect(validate(changed)).toEqual(findings);
        },
      ),
    );
  });
});

test('findings are the caller’s own: changing them does not change the next validation', () => {
  const report = consistentReport(() => 3);
  for (const address of ['applications.granted.commercial', 'appeals.review.other'])
    setCell(report, address, null);
  const first = validate(report);
  const again = validate(report);
  for (const f of first) {
    f.message = 'changed';
    f.related?.push('changed');
  }
  expect(validate(report)).toEqual(again);
  expect(again.some((f) => f.message === 'changed')).toBe(false);
});
