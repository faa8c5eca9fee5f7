/** Report JSON with a bad cell value: kept for checking (cell.invalid at the cell), only when asked. */
import { entry } from '@gongkai/corpus';
import { describe, expect, test } from 'vitest';
import { importJson, validate } from '../../src/index.js';

const real = entry('12-shuyang-county-gov-2025').report;

function withCells(values: Record<string, unknown>): string {
  const copy = structuredClone(real) as unknown as Record<string, Record<string, Record<string, unknown>>>;
  for (const [address, value] of Object.entries(values)) {
    const [table, row, column] = address.split('.') as [string, string, string];
    (copy[table]?.[row] as Record<string, unknown>)[column] = value;
  }
  return JSON.stringify(copy);
}

describe('keepInvalidCells', () => {
  test('a −3 and a text cell: the report is checked, each bad value a located cell.invalid', () => {
    const text = withCells({
      'applications.granted.naturalPerson': -3,
      'applications.carriedOver.commercial': '无',
    });
    expect(importJson(text).diagnostics.map((d) => d.code)).toContain('json.invalid');
    const kept = importJson(text, { keepInvalidCells: true });
    expect(kept.diagnostics).toEqual([]);
    const invalid = validate(kept.report).filter((f) => f.rule === 'cell.invalid');
    expect(invalid.map((f) => f.path).sort()).toEqual([
      'applications.carriedOver.commercial',
      'applications.granted.naturalPerson',
    ]);
    expect(invalid.find((f) => f.actual === -3)?.message).toContain('「-3」');
    // The other cells are still checked: the −3 breaks the results total of its column.
    expect(validate(kept.report).some((f) => f.rule === 'applications.results-sum')).toBe(true);
  });

  test('anything besides cell values wrong: still rejected whole', () => {
    const copy = JSON.parse(withCells({ 'applications.granted.naturalPerson': -3 }));
    copy.year = 'last year';
    const r = importJson(JSON.stringify(copy), { keepInvalidCells: true });
    expect(r.diagnostics.map((d) => d.code)).toContain('json.invalid');
  });
});
