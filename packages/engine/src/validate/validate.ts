import type { Report } from '@gongkai/schema';
import type { Finding, ValidateOptions } from '../findings.js';
import { blankPatternOf, copyFinding, recallBlanks, rememberBlanks } from './blank-pattern.js';
import { checkArithmetic } from './checks/arithmetic.js';
import { checkCells } from './checks/cells.js';
import { checkCrossYear } from './checks/cross-year.js';
import { checkFeesUnreported } from './checks/fees-unreported.js';
import { checkFormatOutdated } from './checks/format-outdated.js';
import { checkHierarchy } from './checks/hierarchy.js';
import { checkNarrativeMismatch } from './checks/narrative-mismatch.js';
import { checkRegulationsLevel } from './checks/regulations-level.js';
import { checkRepeatedText } from './checks/repeated-text.js';
import { checkStructure } from './checks/structure.js';
import { checkYearMismatch } from './checks/year-mismatch.js';
import { checkOf, forgetPreviousCheck } from './context.js';
import { ordered } from './order.js';
import { attachSuspects } from './suspects/attach.js';

/**
 * Checks a report against every rule of the format and returns the findings in reading order, each
 * located to a cell or section, with a message in Chinese (or English with `locale: 'en'`).
 */
export function validate(report: Report, options: ValidateOptions = {}): Finding[] {
  // Also at the start: a validation that threw must not leave last year's reading to this one.
  forgetPreviousCheck();
  const check = checkOf(report, options.locale ?? 'zh', [], options.typed);
  // Blank-cell warnings and "could not check" notes depend only on which cells are blank: reuse them
  // while that stays the same (it does while a user edits numbers).
  const pattern = blankPatternOf(check);
  const known = recallBlanks(check, pattern);
  const start = check.findings.length;
  checkCells(check, !known);
  checkArithmetic(check, !known);
  if (known) for (const f of known) check.findings.push(copyFinding(f));
  else {
    const fromBlanks = check.findings
      .slice(start)
      .filter((f) => f.rule === 'cell.blank' || f.severity === 'info');
    rememberBlanks(check, pattern, fromBlanks);
  }
  checkRegulationsLevel(check);
  checkFormatOutdated(check);
  checkStructure(check);
  checkNarrativeMismatch(check);
  checkFeesUnreported(check);
  checkYearMismatch(check);
  if (options.previous) {
    checkRepeatedText(check, options.previous.narrative, options.previous.year);
    checkCrossYear(check, options.previous);
  }
  if (options.units) checkHierarchy(check, options.units);
  attachSuspects(check, options.previous);
  forgetPreviousCheck();
  return ordered(check.findings, check.plan);
}
