import { type Check, emit, type Messages } from '../context.js';
import type { PlannedEquation } from '../plan.js';
import { ruleById } from '../rules.js';
import { num } from '../words.js';

/** Two sums agree; amounts are decimals, so allow for float noise. */
export function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** The sum of some cells, NaN when one of them is blank. */
export function total(numbers: Float64Array, cells: readonly number[]): number {
  let sum = 0;
  for (const i of cells) sum += numbers[i] as number;
  return sum;
}

/** One side of a sum: its words, its value, and whether several cells make it (for English verbs). */
interface Side {
  text: string;
  value: number;
  many: boolean;
}

const broken: Messages<[string, string, Side, Side]> = {
  zh: (part, axis, l, r) =>
    `${part}${axis}：${l.text}为 ${num(l.value)}，但${r.text}为 ${num(r.value)}（相差 ${num(Math.abs(l.value - r.value))}）。`,
  en: (part, axis, l, r) =>
    `${part}, ${axis}: ${l.text} ${l.many ? 'make' : 'is'} ${num(l.value)}, but ${r.text} ${r.many ? 'make' : 'is'} ${num(r.value)} (a difference of ${num(Math.abs(l.value - r.value))}).`,
};

const unchecked: Messages<[string, number, string, boolean]> = {
  zh: (title, n, first, invalid) =>
    `无法核对「${title}」：${n} 处合计用到的单元格${invalid ? '空白或无效' : '空白'}（如${first}），空白不等于 0。`,
  en: (title, n, first, invalid) =>
    `Could not check “${title}”: ${n} ${n === 1 ? 'sum needs' : 'sums need'} ${invalid ? 'blank or invalid' : 'blank'} cells (such as ${first}); blank is not 0.`,
};

/**
 * The sums of the format (`applications.balance`, `applications.results-sum`, `applications.row-sum`,
 * `appeals.group-sum`), one equation of the catalogue at a time; an equation with a blank cell is
 * counted towards one `info` per rule instead of passing or failing (left out with `blanks: false`,
 * when those notes are remembered).
 */
export function checkArithmetic(check: Check, blanks = true): void {
  const { plan, numbers } = check;
  const blocked = new Map<string, PlannedEquation[]>();
  for (const eq of plan.equations) {
    const lhs = total(numbers, eq.lhs);
    const rhs = total(numbers, eq.rhs);
    if (Number.isNaN(lhs) || Number.isNaN(rhs)) {
      if (!blanks || check.missingTables.has(eq.def.table)) continue;
      const list = blocked.get(eq.def.rule);
      if (list) list.push(eq);
      else blocked.set(eq.def.rule, [eq]);
    } else if (!same(lhs, rhs)) reportBroken(check, eq, lhs, rhs);
  }
  for (const [rule, eqs] of blocked) reportBlocked(check, rule, eqs);
}

function reportBroken(check: Check, eq: PlannedEquation, lhs: number, rhs: number): void {
  const { words, locale, plan } = check;
  const first = eq.lhs[0] as number;
  const byRow = eq.def.along.row !== undefined;
  const transposed = plan.layout.tables.find((t) => t.id === eq.def.table)?.layout === 'transposed';
  const axisLabel = byRow ? words.row(first) : words.column(first);
  const axisWord = transposed ? '' : locale === 'zh' ? (byRow ? '行' : '列') : byRow ? 'row ' : 'column ';
  const axis = locale === 'zh' ? `${axisLabel}${axisWord}` : `${axisWord}${axisLabel}`;
  const side = (cells: readonly number[], value: number): Side => ({
    text: words.sum(cells.map((i) => (byRow ? words.column(i) : words.row(i)))),
    value,
    many: cells.length > 1,
  });
  // The finding points at the cell the format derives (a total, or 结转下年度 in the balance); the
  // message keeps the printed order (total vs parts, 一+二 vs 三+四).
  const derivedOnRight = eq.rhs.includes(eq.derive);
  const path = eq.derive >= 0 ? eq.derive : first;
  const [actual, expected] = derivedOnRight ? [rhs, lhs] : [lhs, rhs];
  const message = broken[locale](words.part(first), axis, side(eq.lhs, lhs), side(eq.rhs, rhs));
  emit(check, eq.def.rule, {
    path: plan.cells[path]?.address as string,
    message,
    expected,
    actual,
    related: [...eq.lhs, ...eq.rhs].filter((i) => i !== path).map((i) => plan.cells[i]?.address as string),
  });
}

function reportBlocked(check: Check, rule: string, eqs: readonly PlannedEquation[]): void {
  const { plan, numbers, values, words, locale } = check;
  // Mark the blank cells, then read them back in printed order (cheaper than a set and a sort).
  const marked = new Uint8Array(plan.cells.length);
  for (const eq of eqs) {
    for (const i of eq.lhs) if (Number.isNaN(numbers[i])) marked[i] = 1;
    for (const i of eq.rhs) if (Number.isNaN(numbers[i])) marked[i] = 1;
  }
  const blanks: number[] = [];
  for (let i = 0; i < marked.length; i++) if (marked[i]) blanks.push(i);
  const first = blanks[0] as number;
  const invalid = blanks.some((i) => values[i] !== null && values[i] !== undefined);
  const title = ruleById(rule)?.title[locale] ?? rule;
  emit(
    check,
    rule,
    {
      path: plan.cells[first]?.address as string,
      message: unchecked[locale](title, eqs.length, words.cell(first), invalid),
      related: blanks.slice(1).map((i) => plan.cells[i]?.address as string),
    },
    true,
  );
}
