import type * as z from 'zod/mini';
import { formatsOf, layoutOf, type TableFormats } from './catalogue/index.js';
import { sections } from './catalogue/sections.js';
import type { Locale } from './catalogue/types.js';
import { cellLabelOf, rowLabelOf, sectionLabel } from './labels.js';
import { REPORT_YEARS } from './report-bounds.js';
import { type Report, reportSchema, shapeVersion } from './report-schema.js';

/** What is wrong with a report's JSON, at an address, in words a clerk understands. */
export interface SchemaProblem {
  /** Dot-separated address (`applications.withheld.stateSecret.naturalPerson`), or '' for the whole report. */
  path: string;
  code:
    | 'not-a-number'
    | 'not-whole'
    | 'negative'
    | 'missing'
    | 'unknown-field'
    | 'format-mismatch'
    | 'invalid';
  message: string;
}

export type ParseResult = { success: true; report: Report } | { success: false; problems: SchemaProblem[] };

/** Thrown by `assertReport`; carries every problem found. */
export class ReportSchemaError extends Error {
  constructor(readonly problems: SchemaProblem[]) {
    super(problems.map((p) => `${p.path || '(report)'}: ${p.message}`).join('\n'));
    this.name = 'ReportSchemaError';
  }
}

/** Checks that a value is a report, returning the report or located problems in Chinese (or English). */
export function parseReport(input: unknown, options: { locale?: Locale } = {}): ParseResult {
  const result = reportSchema.safeParse(input);
  if (result.success) return { success: true, report: result.data };
  return { success: false, problems: describeSchemaError(result.error, input, options.locale ?? 'zh') };
}

/** Returns the report, or throws a `ReportSchemaError` listing every problem. */
export function assertReport(input: unknown, options: { locale?: Locale } = {}): Report {
  const result = parseReport(input, options);
  if (!result.success) throw new ReportSchemaError(result.problems);
  return result.report;
}

type Issue = z.core.$ZodIssue;

/** Turns zod's issues into located problems; for a table that fits neither format, the declared format's reasons. */
export function describeSchemaError(
  error: z.core.$ZodError,
  input: unknown,
  locale: Locale = 'zh',
): SchemaProblem[] {
  const flat: { path: PropertyKey[]; issue: Issue }[] = [];
  const walk = (issue: Issue, prefix: PropertyKey[]) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      flat.push(
        ...pickBranch(issue.errors, path, input).map((i) => ({ path: [...path, ...i.path], issue: i })),
      );
      return;
    }
    flat.push({ path, issue });
  };
  for (const issue of error.issues) walk(issue, []);
  return flat.map(({ path, issue }) => describe(issue, path, input, locale));
}

function pickBranch(branches: Issue[][], path: PropertyKey[], input: unknown): Issue[] {
  // Table unions list the 2021 shape first, then 2019: explain the format the report says it uses.
  const table = path[0];
  if (path.length === 1 && (table === 'activeDisclosure' || table === 'applications') && isObject(input)) {
    const declared = safeFormats(input)?.[table];
    const shape = shapeVersion(table, input[table]) ?? declared;
    const index = shape === '2019' ? 1 : 0;
    if (branches[index]) return branches[index];
  }
  return branches.reduce((best, b) => (b.length < best.length ? b : best));
}

function safeFormats(input: Record<string, unknown>) {
  const v = input.formatVersion;
  if (v !== '2021' && v !== '2019') return undefined;
  return formatsOf(input as Pick<Report, 'formatVersion' | 'tableFormats'>);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object';
}

const words = {
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
    agency: '机关名称不能为空',
    format: '格式版本应为 "2021" 或 "2019"',
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
    format: 'the format version must be "2021" or "2019"',
    text: 'must be text',
  },
} as const;

function describe(issue: Issue, pathKeys: PropertyKey[], input: unknown, locale: Locale): SchemaProblem {
  const w = words[locale];
  const path = pathKeys.map(String).join('.');
  const formats = isObject(input) ? safeFormats(input) : undefined;
  const cell = formats ? layoutOf(formats).cellByAddress.get(path) : undefined;
  const where = cell ? cellLabelOf(cell, locale) : placeOf(path, formats, locale) || w.report;
  const sep = locale === 'zh' ? '：' : ': ';
  const at = (code: SchemaProblem['code'], message: string): SchemaProblem => ({
    path,
    code,
    message: `${where}${sep}${message}`,
  });
  // zod does not keep the offending input on its issues; read it back from the address.
  const value = rawValue(input, path);

  if (
    issue.code === 'custom' &&
    (issue.params as { code?: string } | undefined)?.code === 'format-mismatch'
  ) {
    const p = issue.params as { shape: string; declared: string };
    return at('format-mismatch', w.mismatch(p.shape, p.declared));
  }
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join('、');
    return {
      path: path ? `${path}.${issue.keys[0]}` : String(issue.keys[0]),
      code: 'unknown-field',
      message: w.unknown(keys, where),
    };
  }
  // Fields whose message already names them.
  if (path === 'year') return { path, code: 'invalid', message: w.year };
  if (path === 'agency.name')
    return { path, code: value === undefined ? 'missing' : 'invalid', message: w.agency };
  if (path === 'formatVersion') return { path, code: 'invalid', message: w.format };
  if (issue.code === 'invalid_type') {
    if (value === undefined) return at('missing', cell ? w.missingCell : w.missing);
    if (issue.expected === 'int') return at('not-whole', w.notWhole(String(value)));
    if (cell) return at('not-a-number', w.notANumber(describeValue(value, locale)));
    if (issue.expected === 'string') return at('invalid', w.text);
  }
  if (issue.code === 'too_small' && cell) return at('negative', w.negative(String(value)));
  return at('invalid', w.invalid(issue.message));
}

/** A section or a row named as a reader would, for problems above the cell level. */
function placeOf(path: string, formats: TableFormats | undefined, locale: Locale): string {
  const section = sections.find((s) => s.id === path);
  if (section) return sectionLabel(section.id, locale);
  const cell = formats && layoutOf(formats).cells.find((c) => `${c.table}.${c.rowAddress}` === path);
  if (!cell) return path;
  const ordinal = sections.find((s) => s.id === cell.table);
  return locale === 'zh'
    ? `第${ordinal?.ordinal}部分「${rowLabelOf(cell, 'zh')}」行`
    : `Section ${ordinal?.number}, row “${rowLabelOf(cell, 'en')}”`;
}

function rawValue(input: unknown, path: string): unknown {
  let node = input;
  for (const segment of path.split('.')) {
    if (!isObject(node)) return undefined;
    node = node[segment];
  }
  return node;
}

function describeValue(value: unknown, locale: Locale): string {
  if (typeof value === 'string') return locale === 'zh' ? `文本“${value}”` : `the text “${value}”`;
  if (typeof value === 'number') return String(value);
  return locale === 'zh' ? `${typeof value} 类型的值` : `a value of type ${typeof value}`;
}
