/** The findings of the report as it will be published, with last year's report when there is one. */
import { type Finding, validate } from '@gongkai/engine';
import type { Locale, Report } from '@gongkai/schema';

let last: { report: Report; previous: Report | undefined; locale: Locale; findings: Finding[] } | undefined;

/** Validates once per (report, previous, locale); screens re-render often, reports change rarely. */
export function reportFindings(report: Report, previous: Report | undefined, locale: Locale): Finding[] {
  if (last && last.report === report && last.previous === previous && last.locale === locale)
    return last.findings;
  const findings = validate(report, { locale, ...(previous ? { previous } : {}) });
  last = { report, previous, locale, findings };
  return findings;
}

/** Counts by severity, for status lines. */
export function countBySeverity(findings: readonly Finding[]): Record<Finding['severity'], number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
