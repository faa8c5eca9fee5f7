import { describe, expect, test } from 'vitest';
import { guardCsvFormula } from '../../src/index.js';

describe('guardCsvFormula: text a spreadsheet would run as a formula stays text', () => {
  test.each([
    ['=HYPERLINK("x")', `'=HYPERLINK("x")`],
    ['+86 10 1234', `'+86 10 1234`],
    ['-x', `'-x`],
    ['@SUM(1)', `'@SUM(1)`],
    // Negative figures and ordinary text are left as they are.
    ['-3', '-3'],
    ['-0.5', '-0.5'],
    ['杏岭子乡人民政府', '杏岭子乡人民政府'],
    ['', ''],
  ])('%s → %s', (field, guarded) => {
    expect(guardCsvFormula(field)).toBe(guarded);
  });
});
