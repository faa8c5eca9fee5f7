import type { Locale } from '@gongkai/schema';
import type { Finding, Suspect } from '../../findings.js';
import type { Check } from '../context.js';
import { num } from '../words.js';
import { settle } from './settle.js';
import type { System } from './system.js';
import { shortCell } from './words.js';

const worded = new Map<string, string>();

// Per plan and locale (one Words object each), the figures last seen and the proposals they gave.
let remembered = new WeakMap<Check['words'], { numbers: Float64Array; byRule: Map<string, Suspect> }>();

/** Forgets the figures last seen (for benchmarks of a first validation). */
export function forgetBlankProposals(): void {
  remembered = new WeakMap();
}

function sameFigures(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    if (x !== y && !(Number.isNaN(x) && Number.isNaN(y))) return false;
  }
  return true;
}

/**
 * Blank cells are unknowns, not zeros: where the sums pin a blank cell (a total whose parts are
 * filled in, or the one blank part of a filled total), that value is the proposal of the "could not
 * check" note of its rule. Only when every sum can hold: a failing sum has suspects of its own.
 */
export function proposeBlanks(check: Check, system: System, notes: readonly Finding[]): void {
  const { numbers, plan, locale } = check;
  // The same figures come back on every validation of an unchanged report: reuse what they gave.
  const last = remembered.get(check.words);
  if (last && sameFigures(last.numbers, numbers)) {
    for (const note of notes) {
      const s = last.byRule.get(note.rule);
      if (s) note.suspects = [s];
    }
    return;
  }
  const byRule = new Map<string, Suspect>();
  remembered.set(check.words, { numbers: Float64Array.from(numbers), byRule });
  const work = Float64Array.from(numbers);
  const count = plan.equations.length;
  const all = Array.from({ length: count }, (_, e) => e);
  if (settle(system, work, all) !== 'ok') return;
  // One walk over the sums for all notes: each pinned blank cell under the first note whose rule reads it.
  const ofRule = new Map<string, number[]>();
  for (const note of notes) ofRule.set(note.rule, []);
  const taken = new Uint8Array(numbers.length);
  for (let e = 0; e < count; e++) {
    const list = ofRule.get(system.rules[e] as string);
    if (!list) continue;
    const sum = system.cells[e] as Int32Array;
    for (let k = 0; k < sum.length; k++) {
      const c = sum[k] as number;
      if (!Number.isNaN(numbers[c] as number) || Number.isNaN(work[c] as number)) continue;
      if (check.missingTables.size > 0 && check.missingTables.has(plan.cells[c]?.table as string)) continue;
      list.push(c);
    }
  }
  for (const note of notes) {
    const found = ofRule.get(note.rule) ?? [];
    if (found.length === 0) continue;
    // A cell read by several sums of the rule is listed once, in printed order: mark, then read the
    // marks back (cheaper than a set and a sort).
    for (const c of found) taken[c] = 1;
    const cells: number[] = [];
    for (let c = 0; c < taken.length; c++) {
      if (taken[c] !== 1) continue;
      taken[c] = 0;
      cells.push(c);
    }
    const values = cells.map((c) => work[c] as number);
    const suspect: Suspect = {
      cells: cells.map((c) => plan.cells[c]?.address as string),
      values,
      was: cells.map(() => null),
      confidence: 'certain',
      why: wordedOnce(plan, cells, values, locale),
    };
    // Frozen, so that validations of the same figures can share it.
    for (const list of [suspect.cells, suspect.values, suspect.was]) Object.freeze(list);
    byRule.set(note.rule, Object.freeze(suspect));
    note.suspects = [suspect];
  }
}

/** The sentence names three cells at most: word it once per those, their values and the count. */
function wordedOnce(plan: Check['plan'], cells: number[], values: number[], locale: Locale): string {
  const key = `${locale}|${cells.slice(0, 3).join(',')}|${values.slice(0, 3).join(',')}|${cells.length}`;
  let text = worded.get(key);
  if (text === undefined) {
    text = why(
      cells.slice(0, 3).map((c) => shortCell(plan, c, locale)),
      values,
      cells.length,
      locale,
    );
    if (worded.size > 256) worded.clear();
    worded.set(key, text);
  }
  return text;
}

function why(names: string[], values: number[], total: number, locale: Locale): string {
  const shown = names
    .slice(0, 3)
    .map((n, k) =>
      locale === 'zh' ? `${n}应为 ${num(values[k] as number)}` : `${n} must be ${num(values[k] as number)}`,
    );
  const more = total > 3 ? (locale === 'zh' ? ` 等 ${total} 处` : ` and ${total - 3} more`) : '';
  return locale === 'zh'
    ? `空白不等于 0；按各项合计，${shown.join('、')}${more}，填入后即可核对。`
    : `Blank is not 0; the sums leave only one value for these blank cells: ${shown.join(', ')}${more}; fill them in to check.`;
}
