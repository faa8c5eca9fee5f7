import { getCell, type Locale, type Report, setCell } from '@gongkai/schema';
import type { Finding, Suspect } from '../../findings.js';
import { num } from '../words.js';

/** One cell a proposal changed: what it held, what it holds now, and why. */
export interface AppliedFix {
  cell: string;
  was: number | null;
  value: number;
  why: string;
}

/**
 * A copy of the report with one proposal applied: each of its cells set to its value. Refuses
 * (returns undefined) a proposal about last year's report or one whose cells no longer hold what
 * the proposal was made from, so a stale proposal never overwrites a newer figure.
 */
export function applySuspect(report: Report, suspect: Suspect): Report | undefined {
  if (suspect.report || suspect.cells.length === 0) return undefined;
  if (suspect.cells.some((cell, k) => (getCell(report, cell) ?? null) !== suspect.was[k])) return undefined;
  const out = structuredClone(report);
  suspect.cells.forEach((cell, k) => {
    setCell(out, cell, suspect.values[k] as number);
  });
  return out;
}

/** The note a fix leaves on its cell: what it was, what it became, why. */
export function fixNote(fix: AppliedFix, locale: Locale): string {
  const was = fix.was === null ? (locale === 'zh' ? '空白' : 'blank') : num(fix.was);
  return locale === 'zh'
    ? `原为 ${was}，已按合计更正为 ${num(fix.value)}：${fix.why}`
    : `was ${was}, corrected to ${num(fix.value)} from the sums: ${fix.why}`;
}

/**
 * Applies every `certain` proposal of the findings (never a likely or ambiguous one) and records each
 * change in the report's annotations, after any note the cell already had.
 */
export function applyCertainFixes(
  report: Report,
  findings: readonly Finding[],
  locale: Locale = 'zh',
): { report: Report; applied: AppliedFix[] } {
  let out = report;
  const applied: AppliedFix[] = [];
  const done = new Set<string>();
  for (const f of findings) {
    // Blank cells are computeTotals' to fill; a fix corrects a figure that a failing sum disputes.
    if (f.severity !== 'error') continue;
    const top = f.suspects?.[0];
    if (top?.confidence !== 'certain') continue;
    const key = top.cells.join('|');
    if (done.has(key)) continue;
    done.add(key);
    const next = applySuspect(out, top);
    if (!next) continue;
    out = next;
    top.cells.forEach((cell, k) => {
      applied.push({ cell, was: top.was[k] ?? null, value: top.values[k] as number, why: top.why });
    });
  }
  if (applied.length === 0) return { report, applied };
  const notes = { ...(out.annotations ?? {}) };
  for (const fix of applied) {
    const note = fixNote(fix, locale);
    notes[fix.cell] = notes[fix.cell] ? `${notes[fix.cell]}；${note}` : note;
  }
  out.annotations = notes;
  return { report: out, applied };
}
