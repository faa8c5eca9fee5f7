/** The findings of the rules that compare two years (`cross-year.*`), computed once per pair. */
import { type Finding, validate } from '@gongkai/engine';
import type { Locale, Report } from '@gongkai/schema';

let last: { report: Report; previous: Report; locale: Locale; findings: Finding[] } | undefined;

/** Findings of the cross-year rules for this year's report against last year's. */
export function crossYearFindings(report: Report, previous: Report, locale: Locale): Finding[] {
  if (last && last.report === report && last.previous === previous && last.locale === locale)
    return last.findings;
  const findings = validate(report, { locale, previous }).filter((f) => f.rule.startsWith('cross-year.'));
  last = { report, previous, locale, findings };
  return findings;
}
