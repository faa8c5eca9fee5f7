import {
  createEmptyReport,
  emptyNarrative,
  type NewReport,
  type Report,
  TABLE_IDS,
  type TableFormats,
  type TableId,
} from '@gongkai/schema';

type Row = Record<string, number | null>;

/** The shape of a blank table, read once: keys in order, each a leaf value or a nested node. */
interface Plan {
  /** The blank node itself: copied whole by a spread, which engines clone fast. */
  template: Record<string, unknown>;
  /** Keys whose values are nested nodes, replaced by copies of their own. */
  keys: string[];
  children: Plan[];
  /** Whether the node holds cells (it is a row object the importer fills). */
  row: boolean;
}

/** A blank report for one format mix, and where each row object sits among a fresh copy's rows. */
interface Skeleton {
  base: Report;
  tables: Record<TableId, Plan>;
  /** Row address → its index among its table's rows, in the order `build` meets them. */
  rowIndex: Map<string, number>;
}

/** A blank report, filled in place: its row objects are reached by address without walking the tree. */
export interface Blank {
  report: Report;
  /** The object of one row (`applications.withheld.stateSecret`), created when the tables lack it. */
  row(address: string): Row;
  /**
   * Where a row sits among its table's rows (-1 when the table has no such row). The same in every blank
   * table of one format, so callers may keep it and reach the row with `rowAt` without a lookup.
   */
  slotOf(table: TableId, address: string): number;
  rowAt(table: TableId, slot: number): Row;
}

// An import builds one report; its blank tables are copied from a skeleton made once per format mix.
const skeletons = new Map<string, Skeleton>();

function planOf(
  tree: Record<string, unknown>,
  address: string,
  rowIndex: Map<string, number>,
  count: { rows: number },
): Plan {
  const keys: string[] = [];
  const children: Plan[] = [];
  let row = false;
  for (const [key, value] of Object.entries(tree)) {
    if (value !== null && typeof value === 'object') {
      keys.push(key);
      children.push(planOf(value as Record<string, unknown>, `${address}.${key}`, rowIndex, count));
    } else row = true;
  }
  // Rows are numbered after their children, the order `build` pushes them in.
  if (row) rowIndex.set(address, count.rows++);
  return { template: tree, keys, children, row };
}

function skeletonOf(init: NewReport, formats: TableFormats): Skeleton {
  const key = [init.formatVersion, ...TABLE_IDS.map((id) => formats[id])].join('/');
  let skeleton = skeletons.get(key);
  if (!skeleton) {
    const base = createEmptyReport({ ...init, year: 2021, agency: { name: '-' } });
    const rowIndex = new Map<string, number>();
    const tables = {} as Record<TableId, Plan>;
    for (const id of TABLE_IDS) {
      tables[id] = planOf(base[id] as Record<string, unknown>, id, rowIndex, { rows: 0 });
    }
    skeleton = { base, tables, rowIndex };
    skeletons.set(key, skeleton);
  }
  return skeleton;
}

/** A fresh copy of a planned node; its row objects are pushed to `rows` in plan order. */
function build(plan: Plan, rows: Row[]): Record<string, unknown> {
  const out = { ...plan.template };
  const { keys, children } = plan;
  for (let i = 0; i < keys.length; i++) out[keys[i]!] = build(children[i]!, rows);
  if (plan.row) rows.push(out as Row);
  return out;
}

/** `createEmptyReport`, with the blank tables copied from a cached skeleton (imports run in batches). */
export function emptyReport(init: NewReport, formats: TableFormats): Blank {
  const skeleton = skeletonOf(init, formats);
  const { base, tables, rowIndex } = skeleton;
  const rows = Object.fromEntries(TABLE_IDS.map((id) => [id, []])) as unknown as Record<TableId, Row[]>;
  // Built in the order the skeleton numbered its rows.
  const built = {} as Record<TableId, unknown>;
  for (const id of TABLE_IDS) built[id] = build(tables[id], rows[id]);
  const report: Report = {
    ...base,
    ...(base.tableFormats ? { tableFormats: { ...base.tableFormats } } : {}),
    year: init.year,
    agency: { ...init.agency },
    narrative: emptyNarrative(),
    ...(built as Pick<Report, TableId>),
  };
  return {
    report,
    row: (address) => {
      const index = rowIndex.get(address);
      const table = address.slice(0, address.indexOf('.')) as TableId;
      return (index === undefined ? undefined : rows[table]?.[index]) ?? rowObject(report, address);
    },
    slotOf: (table, address) => (address.startsWith(`${table}.`) ? (rowIndex.get(address) ?? -1) : -1),
    rowAt: (table, slot) => rows[table][slot]!,
  };
}

/** The object of one row of a report (`applications.withheld.stateSecret`), created when absent. */
export function rowObject(report: Report, rowAddress: string): Row {
  let node = report as unknown as Record<string, unknown>;
  for (const segment of rowAddress.split('.')) {
    const next = node[segment];
    if (next === null || typeof next !== 'object') node[segment] = {};
    node = node[segment] as Record<string, unknown>;
  }
  return node as Row;
}
