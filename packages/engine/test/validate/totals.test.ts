import { corpus, entry } from '@gongkai/corpus';
import { getCell, setCell } from '@gongkai/schema';
import { describe, expect, test } from 'vitest';
import { computeTotals, validate } from '../../src/index.js';

describe('computeTotals', () => {
  test.each(corpus.map((e) => [e.id, e] as const))(
    '%s: never overwrites a value and returns a new report',
    (_, e) => {
      const before = structuredClone(e.report);
      const { report, derived } = computeTotals(e.report);
      expect(e.report).toEqual(before);
      expect(report).not.toBe(e.report);
      for (const address of derived) expect(getCell(before, address), address).toBeNull();
      // What was derived agrees with the sums it came from.
      const arithmetic = validate(report).filter(
        (f) => f.severity === 'error' && f.rule.startsWith('applications.'),
      );
      expect(arithmetic).toEqual(
        validate(e.report).filter((f) => f.severity === 'error' && f.rule.startsWith('applications.')),
      );
    },
  );

  test('fills the 总计 column, （七）总计 and 结转下年度, in printed order', () => {
    const blanked = structuredClone(entry('01-huaian-city-gov-2024').report);
    for (const address of [
      'applications.granted.total',
      'applications.resultsTotal.commercial',
      'applications.resultsTotal.total',
      'applications.carriedForward.naturalPerson',
      'appeals.review.total',
    ]) {
      setCell(blanked, address, null);
    }
    const { report, derived } = computeTotals(blanked);
    expect(derived).toEqual([
      'applications.granted.total',
      'applications.resultsTotal.commercial',
      'applications.resultsTotal.total',
      'applications.carriedForward.naturalPerson',
      'appeals.review.total',
    ]);
    expect(report).toEqual(entry('01-huaian-city-gov-2024').report);
  });

  test('derives nothing from a blank part, and no negative 结转下年度', () => {
    const report = structuredClone(entry('01-huaian-city-gov-2024').report);
    setCell(report, 'applications.granted.total', null);
    setCell(report, 'applications.granted.research', null);
    setCell(report, 'applications.carriedForward.total', null);
    setCell(report, 'applications.carriedForward.naturalPerson', null);
    setCell(report, 'applications.resultsTotal.naturalPerson', 9999);
    const { derived } = computeTotals(report);
    expect(derived).not.toContain('applications.granted.total');
    expect(derived).not.toContain('applications.carriedForward.naturalPerson');
  });
});
