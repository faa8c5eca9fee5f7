import type { FormatVersion, TableId } from '@gongkai/schema';
import type { RowPlan } from '../labels/label-index.js';
import type { FoundHeader, FoundRow, Walk } from '../walk/walk.js';

/** The column order a row's header gives (kept on the header, per sub-table); the plan's own keys otherwise. */
export function columnOrder(
  row: FoundRow,
  walk: Walk,
  version: FormatVersion,
  plan: RowPlan,
): readonly string[] {
  const header = row.header === undefined ? undefined : walk.headers[row.header];
  if (!header) return plan.keys;
  const orders = header.orders;
  // Rows of one sub-table follow each other: the last order worked out is nearly always the one asked for.
  for (let i = orders.length - 1; i >= 0; i--)
    if (orders[i]!.columns === plan.columns) return orders[i]!.order;
  const order = computeColumnOrder(row.match.entry.table, header, version, plan);
  orders.push({ columns: plan.columns, order });
  return order;
}

function computeColumnOrder(
  table: TableId,
  header: FoundHeader,
  version: FormatVersion,
  plan: RowPlan,
): readonly string[] {
  const { keys, block } = plan;
  const mine = header.columns.filter(
    (c) => c.entry.table === table && c.entry.version === version && c.entry.block === block,
  );
  const positions = new Set(mine.map((c) => c.position));
  const named = new Set(mine.map((c) => c.entry.column.key));
  // Only a header that names every column once, at distinct positions, may reorder them.
  if (mine.length !== keys.length || positions.size !== keys.length || named.size !== keys.length)
    return keys;
  const order = [...mine].sort((a, b) => a.position - b.position).map((c) => c.entry.column.key);
  return order.every((key, i) => key === keys[i]) ? keys : order;
}
