import type { Finding } from '../findings.js';
import type { Check } from './context.js';
import type { Words } from './words.js';

/**
 * Which cells are blank (1) or not a number (2), plus 4 in a table the text lacks, cell by cell.
 * The blank-cell warnings and the "could not check" notes of the sums depend on nothing else.
 */
export function blankPatternOf(check: Check): Uint8Array {
  const { values, numbers, plan, missingTables } = check;
  const pattern = new Uint8Array(numbers.length);
  if (missingTables.size > 0) {
    for (let i = 0; i < numbers.length; i++)
      if (missingTables.has(plan.cells[i]?.table as string)) pattern[i] = 4;
  }
  for (let i = 0; i < numbers.length; i++) {
    if (!Number.isNaN(numbers[i])) continue;
    const v = values[i];
    pattern[i] = (pattern[i] as number) + (v !== null && v !== undefined ? 2 : 1);
  }
  return pattern;
}

interface Remembered {
  pattern: Uint8Array;
  findings: readonly Finding[];
}

// Per plan and locale (one Words object each), the findings of the last few blank patterns: editing a
// number revalidates a report whose blanks have not changed, and a report with 125 blank cells spends
// most of its checking time wording them.
// A Map, not a WeakMap: there is one Words object per format combination and locale, kept for good.
const memory = new Map<Words, Remembered[]>();
const KEEP = 4;

function samePattern(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A finding as a new object, so no caller shares one with another. */
export function copyFinding(f: Finding): Finding {
  const copy: Finding = {
    rule: f.rule,
    severity: f.severity,
    path: f.path,
    message: f.message,
    fingerprint: '',
  };
  if (f.expected !== undefined) copy.expected = f.expected;
  if (f.actual !== undefined) copy.actual = f.actual;
  if (f.related !== undefined) copy.related = f.related.slice();
  return copy;
}

/** The findings remembered for this blank pattern, or undefined. */
export function recallBlanks(check: Check, pattern: Uint8Array): readonly Finding[] | undefined {
  return memory.get(check.words)?.find((r) => samePattern(r.pattern, pattern))?.findings;
}

/** Remembers (copies of) the findings a blank pattern gave. */
export function rememberBlanks(check: Check, pattern: Uint8Array, findings: readonly Finding[]): void {
  let list = memory.get(check.words);
  if (!list) {
    list = [];
    memory.set(check.words, list);
  }
  list.unshift({ pattern, findings: findings.map(copyFinding) });
  if (list.length > KEEP) list.pop();
}

/** Forgets every remembered blank pattern (for benchmarks of a first validation). */
export function forgetBlanks(): void {
  memory.clear();
}
