import type { Locale } from '@gongkai/schema';
import type { Finding, Suspect } from '../../findings.js';
import type { Check } from '../context.js';
import { num } from '../words.js';
import { settle } from './settle.js';
import type { System } from './system.js';
import { shortCell } from './words.js';

/**
 * Blank cells are unknowns, not zeros: where the sums pin a blank cell (a total whose parts are
 * filled in, or the one blank part of a filled total), that value is the proposal of the "could not
 * check" note of its rule. Only when every sum can hold: a failing sum has suspects of its own.
 */
export function proposeBlanks(check: Check, system: System, notes: readonly Finding[]): void {
  const { numbers, plan, locale } = check;
  const work = Float64Array.from(numbers);
  const all = Array.from({ length: plan.equations.length }, (_, e) => e);
  if (settle(system, work, all) !== 'ok') return;
  for (const note of notes) {
    const cells: number[] = [];
    const seen = new Set<number>();
    for (let e = 0; e < plan.equations.length; e++) {
      if (system.rules[e] !== note.rule) continue;
      for (const c of system.cells[e] as Int32Array) {
        if (seen.has(c) || !Number.isNaN(numbers[c] as number) || Number.isNaN(work[c] as number)) continue;
        if (check.missingTables.has(plan.cells[c]?.table as string)) continue;
        seen.add(c);
        cells.push(c);
      }
    }
    if (cells.length === 0) continue;
    cells.sort((a, b) => a - b);
    const suspect: Suspect = {
      cells: cells.map((c) => plan.cells[c]?.address as string),
      values: cells.map((c) => work[c] as number),
      was: cells.map(() => null),
      confidence: 'certain',
      why: why(
        cells.map((c) => shortCell(plan, c, locale)),
        cells.map((c) => work[c] as number),
        locale,
      ),
    };
    note.suspects = [suspect];
  }
}

function why(names: string[], values: number[], locale: Locale): string {
  const shown = names
    .slice(0, 3)
    .map((n, k) =>
      locale === 'zh' ? `${n}应为 ${num(values[k] as number)}` : `${n} must be ${num(values[k] as number)}`,
    );
  const more =
    names.length > 3 ? (locale === 'zh' ? ` 等 ${names.length} 处` : ` and ${names.length - 3} more`) : '';
  return locale === 'zh'
    ? `空白不等于 0；按各项合计，${shown.join('、')}${more}，填入后即可核对。`
    : `Blank is not 0; the sums leave one value for each blank cell: ${shown.join(', ')}${more}; fill them in to check.`;
}
