import type { Report, TableId } from '@gongkai/schema';
import { type Check, checkOf, emit, type Messages } from '../context.js';
import { ruleById } from '../rules.js';
import { num } from '../words.js';
import { same } from './arithmetic.js';

// Requests and appeals add up across bodies; documents issued in 二 belong to whoever issued them,
// so a government's own 规章 are in no unit's report and section 二 is not summed.
const ADDITIVE: readonly TableId[] = ['applications', 'appeals'];

const differs: Messages<[string, number, number, number]> = {
  zh: (cell, a, n, b) => `${cell}为 ${num(a)}，但 ${n} 个下级单位报告的同一单元格相加为 ${num(b)}。`,
  en: (cell, a, n, b) =>
    `${cell} is ${num(a)}, but the same cell of the ${n} units’ reports adds up to ${num(b)}.`,
};

const unchecked: Messages<[string, number, string]> = {
  zh: (title, n, cell) =>
    `无法核对「${title}」：${n} 个单元格在汇总报告或下级报告中空白或格式不同，如${cell}。`,
  en: (title, n, cell) =>
    `Could not check “${title}”: ${n} cells are blank or in another format in the aggregate or a unit’s report, such as ${cell}.`,
};

/** `hierarchy.sum`: a government's aggregated report equals the sum of its units' reports, cell by cell. */
export function checkHierarchy(check: Check, units: readonly Report[]): void {
  const { plan, numbers, words, locale } = check;
  if (units.length === 0) return;
  const parts = units.map((unit) => checkOf(unit, locale));
  const blocked: number[] = [];
  plan.cells.forEach((cell, i) => {
    if (!ADDITIVE.includes(cell.table)) return;
    let sum = 0;
    for (const part of parts) {
      const j = part.plan.indexOf.get(cell.address);
      sum += j === undefined ? Number.NaN : (part.numbers[j] as number);
    }
    const actual = numbers[i] as number;
    if (Number.isNaN(sum) || Number.isNaN(actual)) {
      blocked.push(i);
      return;
    }
    if (same(sum, actual)) return;
    emit(check, 'hierarchy.sum', {
      path: cell.address,
      message: differs[locale](words.cell(i), actual, units.length, sum),
      expected: sum,
      actual,
    });
  });
  const first = blocked[0];
  if (first === undefined) return;
  emit(
    check,
    'hierarchy.sum',
    {
      path: plan.cells[first]?.address as string,
      message: unchecked[locale](
        ruleById('hierarchy.sum')?.title[locale] ?? 'hierarchy.sum',
        blocked.length,
        words.cell(first),
      ),
      related: blocked.slice(1).map((i) => plan.cells[i]?.address as string),
    },
    true,
  );
}
