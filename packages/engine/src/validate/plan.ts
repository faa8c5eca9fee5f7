import {
  type CellDef,
  type CrossYearEquationDef,
  crossYearEquationsOf,
  type EquationDef,
  type Layout,
  layoutOf,
  sectionById,
  sections,
  type TableFormats,
} from '@gongkai/schema';

/** An equation of the layout with its cells as indexes into the plan's cells. */
export interface PlannedEquation {
  def: EquationDef;
  lhs: readonly number[];
  rhs: readonly number[];
  /** Index of the cell that can be derived from the others, or -1. */
  derive: number;
}

/** A cross-year relation with this year's cells as indexes; last year's stay addresses (other layout). */
export interface PlannedCrossYear {
  def: CrossYearEquationDef;
  cell: number;
  plus: readonly number[];
  minus: readonly number[];
}

/** The cells of one printed row, read together: one walk down the report object per row, not per cell. */
export interface PlannedRow {
  table: string;
  path: readonly string[];
  columns: readonly { key: string; index: number }[];
}

/**
 * Everything `validate` and `computeTotals` need about one combination of table formats, computed
 * once: walking plain arrays of indexes is what keeps checking a report cheaper than parsing it.
 */
export interface Plan {
  layout: Layout;
  cells: readonly CellDef[];
  indexOf: ReadonlyMap<string, number>;
  rows: readonly PlannedRow[];
  equations: readonly PlannedEquation[];
  /** Equations that can fill a blank cell, in the order that lets one pass feed the next. */
  derivations: readonly PlannedEquation[];
  crossYear: readonly PlannedCrossYear[];
  /** The cells of section 二's 规章 row, for `active.regulations-level`. */
  regulations: readonly number[];
  /** Section number (1–6) of each cell. */
  sectionOf: readonly number[];
  /**
   * Reading-order slot of each section and each cell (a section's own slot comes before its cells),
   * so findings are ordered by bucketing instead of sorting.
   */
  slots: { count: number; ofCell: Int32Array; ofSection: ReadonlyMap<string, number> };
}

// By the three tables' versions, nested, so finding a report's plan builds no key string.
const plans = new Map<string, Map<string, Map<string, Plan>>>();

/** The plan of a report whose tables are in the given formats. */
export function planOf(formats: TableFormats): Plan {
  let byApplications = plans.get(formats.activeDisclosure);
  if (!byApplications) {
    byApplications = new Map();
    plans.set(formats.activeDisclosure, byApplications);
  }
  let byAppeals = byApplications.get(formats.applications);
  if (!byAppeals) {
    byAppeals = new Map();
    byApplications.set(formats.applications, byAppeals);
  }
  let plan = byAppeals.get(formats.appeals);
  if (!plan) {
    plan = buildPlan(layoutOf(formats));
    byAppeals.set(formats.appeals, plan);
  }
  return plan;
}

function buildPlan(layout: Layout): Plan {
  const cells = layout.cells;
  const indexOf = new Map(cells.map((c, i) => [c.address, i]));
  const at = (address: string): number => {
    const i = indexOf.get(address);
    if (i === undefined) throw new Error(`catalogue: equation names unknown cell ${address}`);
    return i;
  };
  const rows: PlannedRow[] = [];
  cells.forEach((cell, index) => {
    const last = rows[rows.length - 1];
    if (last && last.table === cell.table && last.path.join('.') === cell.rowAddress) {
      (last.columns as { key: string; index: number }[]).push({ key: cell.column, index });
    } else rows.push({ table: cell.table, path: cell.rowPath, columns: [{ key: cell.column, index }] });
  });
  const equations = layout.equations.map((def) => ({
    def,
    lhs: def.lhs.map(at),
    rhs: def.rhs.map(at),
    derive: def.derive ? at(def.derive) : -1,
  }));
  return {
    layout,
    cells,
    indexOf,
    rows,
    equations,
    derivations: equations.filter((e) => e.derive >= 0),
    crossYear: layout.tables.flatMap(crossYearEquationsOf).map((def) => ({
      def,
      cell: at(def.cell),
      plus: def.plus.map(at),
      minus: def.minus.map(at),
    })),
    // The 规章 row is keyed `regulations` in both formats; its columns come from the catalogue.
    regulations: cells.flatMap((c, i) =>
      c.table === 'activeDisclosure' && c.rowAddress === 'regulations' ? [i] : [],
    ),
    sectionOf: cells.map((c) => sectionById(c.table).number),
    slots: slotsOf(cells),
  };
}

function slotsOf(cells: readonly CellDef[]): Plan['slots'] {
  const ofCell = new Int32Array(cells.length);
  const ofSection = new Map<string, number>();
  let count = 0;
  for (const section of sections) {
    ofSection.set(section.id, count++);
    cells.forEach((cell, i) => {
      if (cell.table === section.id) ofCell[i] = count++;
    });
  }
  return { count, ofCell, ofSection };
}

/**
 * Every cell of the plan read in one pass: the raw values in cell order (`undefined` where the report
 * lacks the cell) and the same as numbers for the arithmetic (NaN where blank or not a number).
 */
export function readCells(report: object, plan: Plan): { values: unknown[]; numbers: Float64Array } {
  const values = new Array<unknown>(plan.cells.length);
  const numbers = new Float64Array(plan.cells.length).fill(Number.NaN);
  for (const row of plan.rows) {
    let node: unknown = (report as Record<string, unknown>)[row.table];
    for (const segment of row.path) {
      node =
        node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    }
    if (node === null || typeof node !== 'object') continue;
    const cells = node as Record<string, unknown>;
    const columns = row.columns;
    // for…in reads a row in its own key order through V8's enumeration cache, faster than looking
    // each column up by a variable name; rows usually list the columns in printed order.
    let c = 0;
    for (const key in cells) {
      const v = cells[key];
      let column = columns[c++];
      if (!column || column.key !== key) column = columns.find((col) => col.key === key);
      if (!column) continue;
      values[column.index] = v;
      if (typeof v === 'number' && v - v === 0) numbers[column.index] = v;
    }
  }
  return { values, numbers };
}
