import { type Check, emit, type Messages } from '../context.js';
import { num } from '../words.js';
import { same, total } from './arithmetic.js';
import { type Statement, statementsOf } from './narrative-figures.js';

const mismatch: Messages<[string, string, string, string, string]> = {
  zh: (section, figure, stated, unit, table) => `${section}写${figure}为 ${stated} ${unit}，但表中${table}。`,
  en: (section, figure, stated, unit, table) =>
    `${section} states ${stated}${unit ? ` ${unit}` : ''} for ${figure}, but in the table ${table}.`,
};

const unchecked: Messages<[string, string, string, string, number]> = {
  zh: (section, figure, stated, cell, more) =>
    `无法核对「正文数字与表格不符」：${section}写${figure}为 ${stated}，但表中${cell}空白${more > 0 ? `（另有 ${more} 处同样无法核对）` : ''}。`,
  en: (section, figure, stated, cell, more) =>
    `Could not check “Narrative figure differs from the table”: ${section} states ${stated} for ${figure}, but ${cell} is blank${more > 0 ? ` (and ${more} more like it)` : ''}.`,
};

/**
 * `narrative.table-mismatch`: each figure stated in sections 一/五/六 equals its cells in one of the
 * scopes the catalogue allows (受理 = 一 or 一+二).
 */
export function checkNarrativeMismatch(check: Check): void {
  const { plan, numbers, words, locale } = check;
  const blocked: { statement: Statement; cell: number }[] = [];
  for (const statement of statementsOf(check.report.narrative)) {
    const scopes = statement.figure.scopes
      .map((scope) => scope.map((a) => plan.indexOf.get(a)))
      .filter((scope): scope is number[] => scope.every((i) => i !== undefined));
    if (scopes.length === 0) continue;
    const sums = scopes.map((scope) => total(numbers, scope));
    if (sums.some((sum) => !Number.isNaN(sum) && same(sum, statement.value))) continue;
    const blank = scopes.findIndex((_, k) => Number.isNaN(sums[k]));
    if (blank >= 0) {
      const scope = scopes[blank] as number[];
      blocked.push({ statement, cell: scope.find((i) => Number.isNaN(numbers[i])) as number });
      continue;
    }
    const sep = locale === 'zh' ? '，' : ', and ';
    const table = scopes
      .map((scope, k) => {
        const sum = num(sums[k] as number);
        const head = scope[0] as number;
        if (scope.length === 1)
          return locale === 'zh' ? `${words.cell(head)}为 ${sum}` : `${words.cell(head)} is ${sum}`;
        // A scope adds one column up over several rows (一+二; both kinds of lawsuits).
        const rows = scope.map((i) => words.row(i));
        return locale === 'zh'
          ? `${words.part(head)}${rows.join('与')}行${words.column(head)}列之和为 ${sum}`
          : `${words.part(head)}, rows ${rows.join(' and ')}, column ${words.column(head)} make ${sum}`;
      })
      .join(sep);
    const first = scopes[0] as number[];
    const path = plan.cells[first[0] as number]?.address as string;
    const others = scopes.flat().filter((i) => i !== first[0]);
    emit(check, 'narrative.table-mismatch', {
      path,
      message: mismatch[locale](
        words.section(statement.section),
        statement.figure.label[locale],
        num(statement.value),
        statement.figure.unit[locale],
        table,
      ),
      expected: statement.value,
      actual: sums[0] as number,
      related: [statement.section, ...new Set(others.map((i) => plan.cells[i]?.address as string))],
    });
  }
  const head = blocked[0];
  if (!head) return;
  emit(
    check,
    'narrative.table-mismatch',
    {
      path: plan.cells[head.cell]?.address as string,
      message: unchecked[locale](
        words.section(head.statement.section),
        head.statement.figure.label[locale],
        num(head.statement.value),
        words.cell(head.cell),
        blocked.length - 1,
      ),
      related: [
        head.statement.section,
        ...blocked.slice(1).map((b) => plan.cells[b.cell]?.address as string),
      ],
    },
    true,
  );
}
