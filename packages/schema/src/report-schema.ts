import * as z from 'zod/mini';
import { activeDisclosure2019, activeDisclosure2021 } from './catalogue/active-disclosure.js';
import { AGENCY_LEVELS } from './catalogue/agency.js';
import { appeals2021 } from './catalogue/appeals.js';
import { applications2019, applications2021 } from './catalogue/applications.js';
import { rowsOf } from './catalogue/cells.js';
import { formatsOf } from './catalogue/index.js';
import { SECTION_IDS } from './catalogue/sections.js';
import { shapeVersion } from './catalogue/shape-marks.js';
import {
  FORMAT_VERSIONS,
  NARRATIVE_IDS,
  type NarrativeId,
  type SectionId,
  type TableDef,
  type ValueKind,
} from './catalogue/types.js';
import { REGION_CODE, REPORT_YEARS } from './report-bounds.js';
import type { TableShape } from './table-shape.js';

// zod/mini, imported as a namespace: the schema ships in portals' bundles, so it stays a few KB (see TOOLCHAIN.md).

// One schema instance per kind of cell, so the JSON Schema names each once in $defs.
const cellSchemas = {
  count: z.nullable(z.int().check(z.nonnegative())).register(z.globalRegistry, {
    id: 'CountCell',
    description: 'A whole number ≥ 0, or null for a blank cell (blank is not 0).',
  }),
  signedCount: z.nullable(z.int()).register(z.globalRegistry, {
    id: 'SignedCountCell',
    description: 'A whole number (may be negative: 本年增/减), or null for blank.',
  }),
  amount: z.nullable(z.number().check(z.nonnegative())).register(z.globalRegistry, {
    id: 'AmountCell',
    description: 'A decimal ≥ 0 (万元 or 元 amounts), or null for blank.',
  }),
} as const;

/** What each kind of cell accepts; `null` is a blank cell, which is not 0. */
export function cellSchema(kind: ValueKind) {
  return cellSchemas[kind];
}

type ShapeTree = { [key: string]: ShapeTree | z.ZodMiniType };

/** The zod schema of one table, nested along the cell addresses, generated from the catalogue. */
export function tableSchema<T extends TableDef>(table: T): z.ZodMiniType<TableShape<T>> {
  const root: ShapeTree = {};
  // Rows of one printed block share their columns, hence one row schema per block.
  // Section 四 is the same in both formats, so its name carries no version.
  const name =
    table.id === 'appeals' ? 'Appeals' : `${table.id[0]?.toUpperCase()}${table.id.slice(1)}${table.version}`;
  const rowSchemas = table.blocks.map((block, i) =>
    z
      .strictObject(Object.fromEntries(block.columns.map((column) => [column.key, cellSchema(column.kind)])))
      .register(z.globalRegistry, { id: table.blocks.length > 1 ? `${name}Block${i + 1}Row` : `${name}Row` }),
  );
  for (const { path, block } of rowsOf(table)) {
    let node = root;
    for (const segment of path.slice(0, -1)) {
      node[segment] ??= {};
      node = node[segment] as ShapeTree;
    }
    node[path[path.length - 1] as string] = rowSchemas[block] as z.ZodMiniType;
  }
  const isSchema = (v: ShapeTree | z.ZodMiniType): v is z.ZodMiniType => '_zod' in v;
  const build = (tree: ShapeTree): z.ZodMiniType =>
    z.strictObject(
      Object.fromEntries(
        Object.entries(tree).map(([key, value]) => [key, isSchema(value) ? value : build(value)]),
      ),
    );
  return build(root) as unknown as z.ZodMiniType<TableShape<T>>;
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

export const formatVersionSchema = z
  .enum(FORMAT_VERSIONS)
  .register(z.globalRegistry, { id: 'FormatVersion' });
export const sectionIdSchema = z.enum(SECTION_IDS as [SectionId, ...SectionId[]]);

export const agencySchema = z.strictObject({
  /** As printed on the report, e.g. 杏岭子乡人民政府. */
  name: z.string().check(z.trim(), z.minLength(1)),
  level: z.optional(z.enum(AGENCY_LEVELS)),
  /** 行政区划代码: 6 digits, or 12 for townships. */
  regionCode: z.optional(z.string().check(z.regex(REGION_CODE))),
});

/** The narrative sections 一, 五 and 六, as plain text (never HTML). */
export const narrativeSchema = z.strictObject(
  Object.fromEntries(NARRATIVE_IDS.map((id) => [id, z.string()])) as Record<NarrativeId, z.ZodMiniString>,
);

/** Which table shape a value has (kept here, where the schema first exported it). */
export { shapeVersion };

const reportObject = z.strictObject({
  /** The format the report is written in; `tableFormats` overrides it table by table. */
  formatVersion: formatVersionSchema,
  /** For reports that print one table in the other format (a 2021 二 beside a 2019 三). */
  tableFormats: z.optional(
    z.strictObject({
      activeDisclosure: z.optional(formatVersionSchema),
      applications: z.optional(formatVersionSchema),
    }),
  ),
  /** The year reported on (not the year of publication). */
  year: z.int().check(z.gte(REPORT_YEARS.min), z.lte(REPORT_YEARS.max)),
  agency: agencySchema,
  title: z.optional(z.string()),
  narrative: narrativeSchema,
  activeDisclosure: z.union([activeDisclosure2021Schema, activeDisclosure2019Schema]),
  applications: z.union([applications2021Schema, applications2019Schema]),
  appeals: appealsSchema,
  /** Notes printed inside cells, by address: `22（其中修订16件）` keeps 22 and 其中修订16件. */
  annotations: z.optional(z.record(z.string(), z.string())),
  /** Sections whose heading and content were not found in the published text. */
  missingSections: z.optional(z.array(sectionIdSchema)),
});

/** The annual report, in either national format or a mix of both table by table. */
export const reportSchema = reportObject.check(
  z.superRefine((report, ctx) => {
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
  }),
);

export type Report = z.infer<typeof reportObject>;
export type Agency = z.infer<typeof agencySchema>;
export type Narrative = z.infer<typeof narrativeSchema>;
