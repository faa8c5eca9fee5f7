import { formatsOf, type Locale, type Report } from '@gongkai/schema';
import type { Finding, Severity } from '../findings.js';
import { type Plan, planOf, readCells } from './plan.js';
import { ruleById } from './rules.js';
import { type Words, wordsOf } from './words.js';

/** A finding as a check reports it, before it is ordered and given its fingerprint. */
export type Draft = Omit<Finding, 'fingerprint' | 'rule' | 'severity'>;

/** What every check reads: the report, its plan, its cell values read once, and where findings go. */
export interface Check {
  report: Report;
  plan: Plan;
  /** Raw cell values in plan order (null blank, undefined absent, anything else as found). */
  values: readonly unknown[];
  /** The same as numbers; NaN where blank or not a number. */
  numbers: Float64Array;
  locale: Locale;
  words: Words;
  findings: Finding[];
  /** Tables the published text lacks: `structure.missing-section` says so once, not once per blank cell. */
  missingTables: ReadonlySet<string>;
  /** Cells (plan indexes) whose value is text typed in an editor, quoted as typed. */
  typed: ReadonlySet<number>;
}

/** Reads a report once for all checks. */
export function checkOf(
  report: Report,
  locale: Locale,
  findings: Finding[] = [],
  typed?: Readonly<Record<string, string>>,
): Check {
  const plan = planOf(formatsOf(report));
  const { values, numbers } = readCells(report, plan);
  // Typed text stands where the report holds a blank: the cells checks then quote it as invalid.
  const typedCells = new Set<number>();
  if (typed) {
    for (const [address, text] of Object.entries(typed)) {
      const index = plan.indexOf.get(address);
      if (index === undefined || (values[index] !== null && values[index] !== undefined)) continue;
      values[index] = text;
      typedCells.add(index);
    }
  }
  // Listed missing at import, but since given figures or text: the findings follow the report as it is.
  const missingTables = new Set<string>(
    (report.missingSections ?? []).filter(
      (id) =>
        !plan.cells.some((cell, i) => cell.table === id && values[i] !== null && values[i] !== undefined),
    ),
  );
  return {
    report,
    plan,
    values,
    numbers,
    locale,
    words: wordsOf(plan, locale),
    findings,
    missingTables,
    typed: typedCells,
  };
}

/** Adds a finding under a rule, with the rule's severity unless it could not be checked (`info`). */
export function emit(check: Check, rule: string, draft: Draft, info = false): void {
  const severity: Severity = info ? 'info' : (ruleById(rule)?.severity ?? 'warning');
  // Built field by field, in one order, so every finding shares a shape (a spread here cost more than
  // all the checks of a report with 125 blank cells).
  const finding: Finding = { rule, severity, path: draft.path, message: draft.message, fingerprint: '' };
  if (draft.expected !== undefined) finding.expected = draft.expected;
  if (draft.actual !== undefined) finding.actual = draft.actual;
  if (draft.related !== undefined) finding.related = draft.related;
  if (draft.span !== undefined) finding.span = draft.span;
  check.findings.push(finding);
}

/** Messages of a check in both languages, each a function of the check's numbers and labels. */
export type Messages<A extends unknown[]> = Record<Locale, (...args: A) => string>;

// Last year's report, read once per validation: the cross-year checks, the suspects' carry-over and
// their attribution all read it. Held only while one `validate` runs (it is synchronous), so a report
// changed between two validations is always read afresh.
let previousRead: { report: Report; locale: Locale; check: Check } | undefined;

/** Last year's report as a check, read once per validation. */
export function previousCheckOf(previous: Report, locale: Locale): Check {
  if (previousRead?.report === previous && previousRead.locale === locale) return previousRead.check;
  const check = checkOf(previous, locale);
  previousRead = { report: previous, locale, check };
  return check;
}

/** Ends a validation: last year's report is read again by the next. */
export function forgetPreviousCheck(): void {
  previousRead = undefined;
}
