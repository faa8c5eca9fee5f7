import { corpus, entry } from '@gongkai/corpus';
import { describe, expect, test } from 'vitest';
import { validate } from '../../src/index.js';

const ids = (findings: ReturnType<typeof validate>, severity: 'error' | 'warning') =>
  [...new Set(findings.filter((f) => f.severity === severity).map((f) => f.rule))].sort();

describe('the findings on every published report are those checked by hand', () => {
  test.each(corpus.map((e) => [e.id, e] as const))('%s', (_, e) => {
    const findings = validate(e.report);
    expect({ errors: ids(findings, 'error'), warnings: ids(findings, 'warning') }).toEqual({
      errors: [...e.expected.errors].sort(),
      warnings: [...e.expected.warnings].sort(),
    });
  });
});

describe('cross-year pairs', () => {
  test.each(corpus.filter((e) => e.previous).map((e) => [e.id, e] as const))('%s with last year', (_, e) => {
    const previous = entry(e.previous as string).report;
    const findings = validate(e.report, { previous });
    const crossYear = findings.filter(
      (f) => f.rule.startsWith('cross-year.') || f.rule === 'narrative.repeated-text',
    );
    expect({ errors: ids(crossYear, 'error'), warnings: ids(crossYear, 'warning') }).toEqual({
      errors: [...e.expected.crossYear.errors].sort(),
      warnings: [...e.expected.crossYear.warnings].sort(),
    });
    // With last year given, the single-report findings are unchanged.
    expect(ids(findings, 'error')).toEqual([...e.expected.errors, ...e.expected.crossYear.errors].sort());
  });
});
