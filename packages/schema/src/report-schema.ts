import * as z from 'zod';
import { activeDisclosure2019, activeDisclosure2021 } from './catalogue/active-disclosure.js';
import { AGENCY_LEVELS } from './catalogue/agency.js';
import { appeals2021 } from './catalogue/appeals.js';
import { applications2019, applications2021 } from './catalogue/applications.js';
import { rowsOf } from './catalogue/cells.js';
import type { TableFormats } from './catalogue/index.js';
import { sections } from './catalogue/sections.js';
import { FORMAT_VERSIONS, type FormatVersion, type TableDef, type TableId, type ValueKind } from './catalogue/types.js';
import type { TableShape } from './table-shape.js';

// Imported as a namespace so bundles do not pull in every zod locale (see TOOLCHAIN.md).

/** What each kind of cell accepts; `null` is a blank cell, which is not 0. */
export function cellSchema(kind: ValueKind) {
  const number = z.number();
  switch (kind) {
    case 'count':
      return number.int().nonnegative().nullable();
    case 'signedCount':
      return number.int().nullable();
    case 'amount':
      return number.nonnegative().nullable();
  }
}

type ShapeTree = { [key: string]: ShapeTree | z.ZodType };

/** The zod schema of one table, nested along the cell addresses, generated from the catalogue. */
export function tableSchema<T extends TableDef>(table: T): z.ZodType<TableShape<T>> {
  const root: ShapeTree = {};
  for (const { path, block } of rowsOf(table)) {
    let node = root;
    for (const segment of path.slice(0, -1)) node = (node[segment] ??= {}) as ShapeTree;
    const cells: Record<string, z.ZodType> = {};
    for (const column of table.blocks[block]?.columns ?? []) cells[column.key] = cellSchema(column.kind);
    node[path[path.length - 1] as string] = z.strictObject(cells);
  }
  const build = (tree: ShapeTree): z.ZodType =>
    z.strictObject(
      Object.fromEntries(
        Object.entries(tree).map(([key, value]) => [key, value instanceof z.ZodType ? value : build(value)]),
      ),
    );
  return build(root) as unknown as z.ZodType<TableShape<T>>;
}

export const activeDisclosure2021Schema = tableSchema(activeDisclosure2021);
export const activeDisclosure2019Schema = tableSchema(activeDisclosure2019);
export const applications2021Schema = tableSchema(applications2021);
export const applications2019Schema = tableSchema(applications2019);
/** Section 四 is the same in both formats. */
export const appealsSchema = tableSchema(appeals2021);

export type ActiveDisclosure2021 = TableShape<typeof activeDisclosure2021>;
export type ActiveDisclosure2019 = TableShape<typeof activeDisclosure2019>;
export type Applications2021 = TableShape<typeof applications2021>;
export type Applications2019 = TableShape<typeof applications2019>;
export type Appeals = TableShape<typeof appeals2021>;

export const formatVersionSchema = z.enum(FORMAT_VERSIONS);
export const sectionIdSchema = z.enum(sections.map((s) => s.id) as [TableId | 'overview', ...TableId[]]);

export const agencySchema = z.strictObject({
  /** As printed on the report, e.g. 杏岭子乡人民政府. */
  name: z.string().trim().min(1),
  level: z.enum(AGENCY_LEVELS).optional(),
  /** 行政区划代码: 6 digits, or 12 for townships. */
  regionCode: z
    .string()
    .regex(/^\d{6}(\d{6})?$/)
    .optional(),
});

/** The narrative sections 一, 五 and 六, as plain text (never HTML). */
export const narrativeSchema = z.strictObject({
  overview: z.string(),
  problems: z.string(),
  otherMatters: z.string(),
});

/** Which table shape a value has, judged by the keys only the 2019 format uses. */
export function shapeVersion(table: 'activeDisclosure' | 'applications', value: unknown): FormatVersion | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const v = value as Record<string, Record<string, unknown> | undefined>;
  if (table === 'activeDisclosure') {
    if (v.regulations && 'made' in v.regulations) return '2019';
    if (v.regulations && 'issued' in v.regulations) return '2021';
    return undefined;
  }
  const other = v.otherHandling;
  if (other && 'overdueCorrection' in other) return '2021';
  if (other && 'naturalPerson' in other) return '2019';
  return undefined;
}

const reportObject = z.strictObject({
  /** The format the report is written in; `tableFormats` overrides it table by table. */
  formatVersion: formatVersionSchema,
  /** For reports that print one table in the other format (a 2021 二 beside a 2019 三). */
  tableFormats: z
    .strictObject({ activeDisclosure: formatVersionSchema.optional(), applications: formatVersionSchema.optional() })
    .optional(),
  /** The year reported on (not the year of publication). */
  year: z.number().int().min(2008).max(2100),
  agency: agencySchema,
  title: z.string().optional(),
  narrative: narrativeSchema,
  activeDisclosure: z.union([activeDisclosure2021Schema, activeDisclosure2019Schema]),
  applications: z.union([applications2021Schema, applications2019Schema]),
  appeals: appealsSchema,
  /** Notes printed inside cells, by address: `22（其中修订16件）` keeps 22 and 其中修订16件. */
  annotations: z.record(z.string(), z.string()).optional(),
  /** Sections whose heading and content were not found in the published text. */
  missingSections: z.array(sectionIdSchema).optional(),
});

/** The annual report, in either national format or a mix of both table by table. */
export const reportSchema = reportObject.superRefine((report, ctx) => {
  const formats = formatsOf(report);
  for (const table of ['activeDisclosure', 'applications'] as const) {
    const shape = shapeVersion(table, report[table]);
    if (shape && shape !== formats[table]) {
      ctx.addIssue({
        code: 'custom',
        path: [table],
        message: `format-mismatch:${shape}:${formats[table]}`,
        params: { code: 'format-mismatch', shape, declared: formats[table] },
      });
    }
  }
});

export type Report = z.infer<typeof reportObject>;
export type Agency = z.infer<typeof agencySchema>;
export type Narrative = z.infer<typeof narrativeSchema>;

/** The format version of each table of a report. */
export function formatsOf(report: Pick<Report, 'formatVersion' | 'tableFormats'>): TableFormats {
  return {
    activeDisclosure: report.tableFormats?.activeDisclosure ?? report.formatVersion,
    applications: report.tableFormats?.applications ?? report.formatVersion,
    appeals: report.formatVersion,
  };
}
