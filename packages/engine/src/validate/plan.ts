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
  /** Section number (1–6) of each cell. */
  sectionOf: readonly number[];
  /**
   * Reading-order slot of each section and each cell (a section's own slot comes before its cells),
   * so findings are ordered by bucketing instead of sorting.
   */
  slots: { count: number; ofCell: Int32Array; ofSection: ReadonlyMap<string, number> };
}

const plans = new WeakMap<Layout, Plan>();

/** The plan of a report whose tables are in the given formats. */
export function planOf(formats: TableFormats): Plan {
  const layout = layoutOf(formats);
  let plan = plans.get(layout);
  if (!plan) {
    plan = buildPlan(layout);
    plans.set(layout, plan);
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

/** The raw value of every cell of the plan, in cell order (`undefined` where the report lacks the cell). */
export function readCells(report: object, plan: Plan): unknown[] {
  const out = new Array<unknown>(plan.cells.length);
  for (const row of plan.rows) {
    let node: unknown = (report as Record<string, unknown>)[row.table];
    for (const segment of row.path) {
      node =
        node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    }
    const values = node !== null && typeof node === 'object' ? (node as Record<string, unknown>) : undefined;
    for (const { key, index } of row.columns) out[index] = values?.[key];
  }
  return out;
}

/** A cell's value as a number for the arithmetic, or NaN when it is blank or not a number. */
export function numbersOf(values: readonly unknown[]): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out[i] = typeof v === 'number' && Number.isFinite(v) ? v : Number.NaN;
  }
  return out;
}
