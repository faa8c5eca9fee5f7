import { entry } from '@gongkai/corpus';
import { describe, expect, test } from 'vitest';
import { validate } from '../../src/index.js';

describe('findings follow the report as it is, not the list made at import', () => {
  test('a section listed missing that now has text is not missing', () => {
    const report = structuredClone(entry('01-huaian-city-gov-2024').report);
    report.missingSections = ['problems'];
    expect(report.narrative.problems.trim()).not.toBe('');
    expect(validate(report).filter((f) => f.rule === 'structure.missing-section')).toEqual([]);
    report.narrative.problems = '';
    expect(
      validate(report)
        .filter((f) => f.rule === 'structure.missing-section')
        .map((f) => f.path),
    ).toEqual(['problems']);
  });

  test('a table listed missing that now has figures is checked like any other', () => {
    const report = structuredClone(entry('01-huaian-city-gov-2024').report);
    report.missingSections = ['appeals'];
    report.appeals.review.upheld = null;
    const found = validate(report);
    expect(found.some((f) => f.rule === 'structure.missing-section')).toBe(false);
    expect(found.some((f) => f.rule === 'cell.blank' && f.path === 'appeals.review.upheld')).toBe(true);
  });
});
