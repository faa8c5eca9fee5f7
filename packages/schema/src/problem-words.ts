import type * as z from 'zod/mini';
import { fieldLabels } from './catalogue/fields.js';
import { FORMAT_VERSIONS, type Locale } from './catalogue/types.js';
import { REPORT_YEARS } from './report-bounds.js';

/** The words of schema problems, Chinese first; the place each is about is put in front by `describe`. */
export const problemWords = {
  zh: {
    notANumber: (v: string) => `应填数字或留空（null），不能填${v}`,
    notWhole: (v: string) => `应为整数，不能为 ${v}`,
    negative: (v: string) => `不能为负数（填的是 ${v}）`,
    missingCell: '缺少此单元格；空白请填 null（空白不等于 0）',
    missing: '缺少此项',
    unknown: (keys: string, where: string) => `「${keys}」不是${where}的行、列或字段`,
    mismatch: (shape: string, declared: string) =>
      `表格是 ${shape} 版格式，但报告声明为 ${declared} 版（见 formatVersion / tableFormats）`,
    report: '报告',
    invalid: (m: string) => `取值无效（${m}）`,
    year: `年度应为 ${REPORT_YEARS.min} 至 ${REPORT_YEARS.max} 之间的整数`,
    agency: `${fieldLabels['agency.name'].zh}不能为空`,
    format: `${fieldLabels.formatVersion.zh}应为 ${FORMAT_VERSIONS.map((v) => `"${v}"`).join(' 或 ')}`,
    text: '应为文本',
  },
  en: {
    notANumber: (v: string) => `must be a number or blank (null), not ${v}`,
    notWhole: (v: string) => `must be a whole number, not ${v}`,
    negative: (v: string) => `cannot be negative (got ${v})`,
    missingCell: 'is missing; use null for a blank cell (blank is not 0)',
    missing: 'is missing',
    unknown: (keys: string, where: string) => `“${keys}” is not a row, column or field of ${where}`,
    mismatch: (shape: string, declared: string) =>
      `the table is in the ${shape} format, but the report declares ${declared} (see formatVersion / tableFormats)`,
    report: 'the report',
    invalid: (m: string) => `is invalid (${m})`,
    year: `the year must be a whole number from ${REPORT_YEARS.min} to ${REPORT_YEARS.max}`,
    agency: 'the agency name cannot be empty',
    format: `the format version must be ${FORMAT_VERSIONS.map((v) => `"${v}"`).join(' or ')}`,
    text: 'must be text',
  },
} as const;

/** What kind of problem a value has, as `SchemaProblem.code` names it. */
export type ValueProblemCode = 'not-a-number' | 'not-whole' | 'negative' | 'missing' | 'invalid';

/**
 * What is wrong with a value, judged from the issue alone: zod 4 keeps the offending `input` on each
 * issue (`reportInput`), and cells are the only numbers below the report's own fields (whose words
 * `describe` gives by their address). Undefined for issues these words do not cover.
 */
export function valueProblem(
  issue: { code?: string | undefined; input?: unknown; expected?: unknown; origin?: unknown },
  locale: Locale,
): { code: ValueProblemCode; message: string } | undefined {
  const w = problemWords[locale];
  const value = issue.input;
  const isNumber = issue.expected === 'number' || issue.expected === 'int';
  if (issue.code === 'invalid_type') {
    if (value === undefined) return { code: 'missing', message: isNumber ? w.missingCell : w.missing };
    if (issue.expected === 'int') return { code: 'not-whole', message: w.notWhole(String(value)) };
    if (isNumber) return { code: 'not-a-number', message: w.notANumber(describeValue(value, locale)) };
    if (issue.expected === 'string') return { code: 'invalid', message: w.text };
  }
  if (issue.code === 'too_small' && issue.origin === 'number')
    return { code: 'negative', message: w.negative(String(value)) };
  return undefined;
}

const errorMaps = new Map<Locale, z.core.$ZodErrorMap>();

/** Zod's error map for reports: each value's problem in the locale's words, zod's own otherwise. */
export function schemaErrorMap(locale: Locale): z.core.$ZodErrorMap {
  let map = errorMaps.get(locale);
  if (!map) {
    map = (issue) => valueProblem(issue, locale)?.message;
    errorMaps.set(locale, map);
  }
  return map;
}

function describeValue(value: unknown, locale: Locale): string {
  if (typeof value === 'string') return locale === 'zh' ? `文本“${value}”` : `the text “${value}”`;
  if (typeof value === 'number') return String(value);
  return locale === 'zh' ? `${typeof value} 类型的值` : `a value of type ${typeof value}`;
}
