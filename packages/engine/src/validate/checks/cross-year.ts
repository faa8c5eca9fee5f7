import type { Report } from '@gongkai/schema';
import { type Check, emit, type Messages, previousCheckOf } from '../context.js';
import type { PlannedCrossYear } from '../plan.js';
import { ruleById } from '../rules.js';
import { num } from '../words.js';
import { same, total } from './arithmetic.js';

const carryOver: Messages<[string, number, number, string, number]> = {
  zh: (cell, a, year, prevRow, b) =>
    `${cell}为 ${num(a)}，但上年（${year} 年度）报告同一列的${prevRow}为 ${num(b)}。`,
  en: (cell, a, year, prevRow, b) =>
    `${cell} is ${num(a)}, but last year’s report (${year}) has ${num(b)} in ${prevRow}, same column.`,
};

const inForce: Messages<[string, number, number, string, string, number]> = {
  zh: (cell, a, year, prev, changes, b) =>
    `${cell}为 ${num(a)}，但上年（${year} 年度）${prev}${changes}，应为 ${num(b)}。`,
  en: (cell, a, year, prev, changes, b) =>
    `${cell} is ${num(a)}, but last year’s (${year}) ${prev}${changes} gives ${num(b)}.`,
};

const notConsecutive: Messages<[string, number, number]> = {
  zh: (title, year, prevYear) =>
    `无法核对「${title}」：给出的上年报告是 ${prevYear} 年度的，不是 ${year - 1} 年度的。`,
  en: (title, year, prevYear) =>
    `Could not check “${title}”: the previous report given is for ${prevYear}, not ${year - 1}.`,
};

const otherFormat: Messages<[string, string]> = {
  zh: (title, cell) => `无法核对「${title}」：上年报告的表格格式不同，没有与${cell}对应的单元格。`,
  en: (title, cell) =>
    `Could not check “${title}”: last year’s table is in another format, with no cell matching ${cell}.`,
};

const blank: Messages<[string, number, string]> = {
  zh: (title, n, cell) => `无法核对「${title}」：${n} 处核对用到的单元格（本年或上年）空白，如${cell}。`,
  en: (title, n, cell) =>
    `Could not check “${title}”: ${n} ${n === 1 ? 'check needs' : 'checks need'} blank cells (this year’s or last year’s), such as ${cell}.`,
};

/** `cross-year.carry-over` and `cross-year.in-force`: this year's report follows from last year's. */
export function checkCrossYear(check: Check, previous: Report): void {
  const { plan, numbers, words, locale, report } = check;
  const last = previousCheckOf(previous, locale);
  const title = (rule: string) => ruleById(rule)?.title[locale] ?? rule;
  if (previous.year !== report.year - 1) {
    for (const rule of new Set(plan.crossYear.map((eq) => eq.def.rule))) {
      emit(
        check,
        rule,
        {
          path: plan.cells[plan.crossYear.find((e) => e.def.rule === rule)?.cell ?? 0]?.address as string,
          message: notConsecutive[locale](title(rule), report.year, previous.year),
        },
        true,
      );
    }
    return;
  }
  const blocked = new Map<string, PlannedCrossYear[]>();
  const otherFormats = new Map<string, PlannedCrossYear>();
  for (const eq of plan.crossYear) {
    const before = eq.def.previous.map((a) => last.plan.indexOf.get(a));
    if (before.some((i) => i === undefined)) {
      if (!otherFormats.has(eq.def.rule)) otherFormats.set(eq.def.rule, eq);
      continue;
    }
    const prev = total(last.numbers, before as number[]);
    const expected = prev + total(numbers, eq.plus) - total(numbers, eq.minus);
    const actual = numbers[eq.cell] as number;
    if (Number.isNaN(expected) || Number.isNaN(actual)) {
      const list = blocked.get(eq.def.rule) ?? [];
      list.push(eq);
      blocked.set(eq.def.rule, list);
      continue;
    }
    if (same(actual, expected)) continue;
    const cell = words.cell(eq.cell);
    let message: string;
    if (eq.def.rule === 'cross-year.carry-over') {
      message = carryOver[locale](cell, actual, previous.year, last.words.row(before[0] as number), prev);
    } else {
      const col = (i: number) => words.column(i);
      const changes = [
        ...eq.plus.map((i) =>
          locale === 'zh'
            ? `，加本年${col(i)}${num(numbers[i] as number)}`
            : `, plus this year’s ${col(i)} ${num(numbers[i] as number)}`,
        ),
        ...eq.minus.map((i) =>
          locale === 'zh'
            ? `，减${col(i)}${num(numbers[i] as number)}`
            : `, less ${col(i)} ${num(numbers[i] as number)}`,
        ),
      ].join('');
      const prevText = `${last.words.column(before[0] as number)}${locale === 'zh' ? '' : ' '}${num(prev)}`;
      message = inForce[locale](cell, actual, previous.year, prevText, changes, expected);
    }
    emit(check, eq.def.rule, {
      path: plan.cells[eq.cell]?.address as string,
      message,
      expected,
      actual,
      related: [...eq.plus, ...eq.minus].map((i) => plan.cells[i]?.address as string),
    });
  }
  for (const [rule, eq] of otherFormats) {
    emit(
      check,
      rule,
      {
        path: plan.cells[eq.cell]?.address as string,
        message: otherFormat[locale](title(rule), words.cell(eq.cell)),
      },
      true,
    );
  }
  for (const [rule, eqs] of blocked) {
    const first = eqs[0] as PlannedCrossYear;
    emit(
      check,
      rule,
      {
        path: plan.cells[first.cell]?.address as string,
        message: blank[locale](title(rule), eqs.length, words.cell(first.cell)),
        related: eqs.slice(1).map((e) => plan.cells[e.cell]?.address as string),
      },
      true,
    );
  }
}
