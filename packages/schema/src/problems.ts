import type * as z from 'zod/mini';
import { formatsOf, layoutOf, type TableFormats } from './catalogue/index.js';
import { sections } from './catalogue/sections.js';
import type { Locale } from './catalogue/types.js';
import { cellLabelOf, rowLabelOf, sectionLabel } from './labels.js';
import { problemWords, schemaErrorMap, valueProblem } from './problem-words.js';
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
  const locale = options.locale ?? 'zh';
  const result = reportSchema.safeParse(input, parseOptions(locale));
  if (result.success) return { success: true, report: result.data };
  return { success: false, problems: describeSchemaError(result.error, input, locale) };
}

/**
 * How `parseReport` runs zod: every issue keeps the value it is about (`reportInput`) and is worded
 * by the error map in the locale. Pass them to parse a part of a report with the same words.
 */
export function parseOptions(locale: Locale = 'zh'): { reportInput: true; error: z.core.$ZodErrorMap } {
  return { reportInput: true, error: schemaErrorMap(locale) };
}

/** Returns the report, or throws a `ReportSchemaError` listing every problem. */
export function assertReport(input: unknown, options: { locale?: Locale } = {}): Report {
  const result = parseReport(input, options);
  if (!result.success) throw new ReportSchemaError(result.problems);
  return result.report;
}

type Issue = z.core.$ZodIssue;

/**
 * Turns zod's issues into located problems; for a table that fits neither format, the declared format's
 * reasons. The error is one from a parse with `parseOptions(locale)`, whose issues carry their input.
 */
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

function describe(issue: Issue, pathKeys: PropertyKey[], input: unknown, locale: Locale): SchemaProblem {
  const w = problemWords[locale];
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
    return { path, code: issue.input === undefined ? 'missing' : 'invalid', message: w.agency };
  if (path === 'formatVersion') return { path, code: 'invalid', message: w.format };
  // The error map has worded the value's problem (`parseOptions`); zod's words are kept in brackets.
  const problem = valueProblem(issue, locale);
  return problem ? at(problem.code, issue.message) : at('invalid', w.invalid(issue.message));
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
