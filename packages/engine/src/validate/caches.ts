import { forgetBlanks } from './blank-pattern.js';
import { forgetStatements } from './checks/narrative-figures.js';
import { forgetBlankProposals } from './suspects/blanks.js';

/**
 * Forgets what `validate` remembers about recently checked reports (their narrative figures and the
 * findings of their blank cells), so a benchmark can time a report seen for the first time. The
 * per-format plans and labels stay: they are computed once per format, not per report.
 */
export function forgetRecentReports(): void {
  forgetBlanks();
  forgetStatements();
  forgetBlankProposals();
}
