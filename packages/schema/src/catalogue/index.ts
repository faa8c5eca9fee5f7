import { activeDisclosure2019, activeDisclosure2021 } from './active-disclosure.js';
import { appeals2019, appeals2021 } from './appeals.js';
import { applications2019, applications2021 } from './applications.js';
import { equationsOf } from './arithmetic.js';
import { cellsOf } from './cells.js';
import { sections } from './sections.js';
import type { CellDef, EquationDef, FormatVersion, TableDef, TableId } from './types.js';

/** The three tables of each format version. */
export const tables: Record<FormatVersion, Record<TableId, TableDef>> = {
  '2021': { activeDisclosure: activeDisclosure2021, applications: applications2021, appeals: appeals2021 },
  '2019': { activeDisclosure: activeDisclosure2019, applications: applications2019, appeals: appeals2019 },
};

export const TABLE_IDS = [
  'activeDisclosure',
  'applications',
  'appeals',
] as const satisfies readonly TableId[];

/** The format version of each table of one report (a report may mix them). */
export type TableFormats = Record<TableId, FormatVersion>;

/** The format version of each table of a report: `tableFormats` overrides `formatVersion` table by table. */
export function formatsOf(report: {
  formatVersion: FormatVersion;
  tableFormats?: { activeDisclosure?: FormatVersion; applications?: FormatVersion } | undefined;
}): TableFormats {
  return {
    activeDisclosure: report.tableFormats?.activeDisclosure ?? report.formatVersion,
    applications: report.tableFormats?.applications ?? report.formatVersion,
    appeals: report.formatVersion,
  };
}

/** The table definition for one table in one format version. */
export function tableDef(table: TableId, version: FormatVersion): TableDef {
  return tables[version][table];
}

/**
 * Everything derived from the catalogue for one combination of table formats: the tables, every cell
 * in printed order, an index by address and the equations. Computed once per combination.
 */
export interface Layout {
  formats: TableFormats;
  tables: readonly TableDef[];
  cells: readonly CellDef[];
  cellByAddress: ReadonlyMap<string, CellDef>;
  equations: readonly EquationDef[];
}

const layouts = new Map<string, Layout>();

/** The layout of a report whose tables are in the given formats. */
export function layoutOf(formats: TableFormats): Layout {
  const key = `${formats.activeDisclosure}/${formats.applications}/${formats.appeals}`;
  let layout = layouts.get(key);
  if (!layout) {
    const defs = (['activeDisclosure', 'applications', 'appeals'] as const).map((id) =>
      tableDef(id, formats[id]),
    );
    const cells = defs.flatMap(cellsOf);
    layout = {
      formats: { ...formats },
      tables: defs,
      cells,
      cellByAddress: new Map(cells.map((c) => [c.address, c])),
      equations: defs.flatMap(equationsOf),
    };
    layouts.set(key, layout);
  }
  return layout;
}

/** The layout in which every table uses one format version. */
export function uniformLayout(version: FormatVersion): Layout {
  return layoutOf({ activeDisclosure: version, applications: version, appeals: version });
}

/** The whole catalogue, for consumers that want to walk it. */
export const catalogue = { sections, tables } as const;

export * from './agency.js';
export { applicantColumns } from './applications.js';
export { equationsOf } from './arithmetic.js';
export { cellsOf, type RowPlacement, rowsOf } from './cells.js';
export { SECTION_IDS, sectionById, sections } from './sections.js';
export * from './types.js';
