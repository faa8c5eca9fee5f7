import type { FormatVersion, Label, Locale, Report, Severity } from '@gongkai/schema';

export type { Severity };

/** One result of checking a report, located to the cell (or section) where the user should look. */
export interface Finding {
  /** A rule id from the format's contract, e.g. `applications.balance`. */
  rule: string;
  /** The rule's severity, or `info` when the rule could not be checked because a cell it needs is blank. */
  severity: Severity;
  /** Cell address (`applications.resultsTotal.total`) or section id (`problems`). */
  path: string;
  /** One clear sentence naming the row and column labels and the numbers. */
  message: string;
  /** What the cell should hold according to the rule (e.g. what the parts add up to). */
  expected?: number;
  /** What the cell holds. */
  actual?: number;
  /** The other cells (or sections) involved: the rest of the sum, the narrative section. */
  related?: string[];
  /** Where in a narrative section's text the finding is (character offsets of the sentence). */
  span?: { start: number; end: number };
  /**
   * Stable key of the finding within one report (`rule|path`, `#2`… for repeats), for UI lists and
   * diffs. `validate` always sets it; optional so that findings made elsewhere need not.
   */
  fingerprint?: string;
  /**
   * For a sum that does not hold: the cells most likely wrong and the values that would make every
   * sum hold, best first (see `Suspect`). Absent when the rule is not arithmetic or nothing fails.
   */
  suspects?: Suspect[];
}

/**
 * How sure a proposal is: `certain`, one cell and one value mend every failing sum and nothing else
 * does; `likely`, several fixes fit and the first is explained by a common slip (digits swapped, a
 * digit dropped, a total left 0) better than the others; `ambiguous`, the figures cannot tell the
 * fixes apart; `none`, more cells than a proposal may change would have to change.
 */
export type Confidence = 'certain' | 'likely' | 'ambiguous' | 'none';

/** One proposed correction: change `cells` to `values` (same order), with why, in the finding's locale. */
export interface Suspect {
  /** Cell addresses; empty with confidence `none`. */
  cells: string[];
  /** The value each cell would take. */
  values: number[];
  /** What the cells hold now (null where blank), for showing and for undoing. */
  was: (number | null)[];
  confidence: Confidence;
  /** One sentence naming the cells, the values, the sums they mend and the slip that explains them. */
  why: string;
  /** The report the cells belong to: `previous` when last year's report is the one out of step. */
  report?: 'previous';
}

export interface ValidateOptions {
  locale?: Locale;
  /** Last year's report by the same body, for the cross-year rules. */
  previous?: Report;
  /** The units' reports that a government's aggregated report sums up, for `hierarchy.sum`. */
  units?: Report[];
  /**
   * Text typed into cells that is not a number, by cell address (an editor keeps the cell blank in the
   * report while the text stays on screen): such a cell is checked as holding that text, so it gets one
   * `cell.invalid` quoting it, never a `cell.blank` as well.
   */
  typed?: Readonly<Record<string, string>>;
}

/** A rule of the catalogue, as data the components and the CLI list and explain. */
export interface RuleDef {
  /** Rule id from FORMAT.md, never renamed. */
  id: string;
  severity: Exclude<Severity, 'info'>;
  title: Label;
  explanation: Label;
  /** The format versions whose tables the rule applies to. */
  versions: readonly FormatVersion[];
  /** What the rule needs besides the report itself. */
  needs?: 'previous' | 'units';
}
