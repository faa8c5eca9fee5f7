import type { Locale } from '@gongkai/schema';

export type Severity = 'error' | 'warning' | 'info';

/** One result of checking a report, located to the cell (or section) where the user should look. */
export interface Finding {
  /** A rule id from the format's contract, e.g. `applications.balance`. */
  rule: string;
  severity: Severity;
  /** Cell address (`applications.resultsTotal.total`) or section id (`problems`). */
  path: string;
  /** One clear sentence naming the row and column labels and the numbers. */
  message: string;
  expected?: number;
  actual?: number;
  /** The other cells in the sum. */
  related?: string[];
}

export interface ValidateOptions {
  locale?: Locale;
  /** Last year's report by the same body, for the cross-year rules. */
  previous?: unknown;
  /** The units' reports that a government's aggregated report sums up, for `hierarchy.sum`. */
  units?: unknown[];
}
