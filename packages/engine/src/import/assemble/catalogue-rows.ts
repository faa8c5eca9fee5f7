import type { TableDef, TableId } from '@gongkai/schema';
import { placementsOf } from '../labels/label-index.js';

const rowLists = new WeakMap<TableDef, { address: string; label: string }[]>();

/** A table's rows in printed order, by address and official label (listed once per table definition). */
export function catalogueRows(table: TableId, def: TableDef): { address: string; label: string }[] {
  let rows = rowLists.get(def);
  if (!rows) {
    rows = placementsOf(def).map((r) => ({ address: `${table}.${r.path.join('.')}`, label: r.row.label.zh }));
    rowLists.set(def, rows);
  }
  return rows;
}
