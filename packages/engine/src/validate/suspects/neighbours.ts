import type { Plan } from '../plan.js';

const cache = new WeakMap<Plan, readonly (readonly number[])[]>();

/**
 * For each cell, the cells one column or one row away in the same printed sub-table: where a figure
 * lands when it is typed one cell off.
 */
export function neighboursOf(plan: Plan): readonly (readonly number[])[] {
  let out = cache.get(plan);
  if (out) return out;
  const list: number[][] = plan.cells.map(() => []);
  const add = (a: number | undefined, b: number | undefined) => {
    if (a === undefined || b === undefined) return;
    list[a]?.push(b);
    list[b]?.push(a);
  };
  // Rows are in printed order; a column key recurs down a block.
  const lastInColumn = new Map<string, number>();
  plan.rows.forEach((row) => {
    row.columns.forEach((column, k) => {
      add(column.index, row.columns[k + 1]?.index);
      const def = plan.cells[column.index];
      const key = `${def?.table}|${def?.block}|${column.key}`;
      add(lastInColumn.get(key), column.index);
      lastInColumn.set(key, column.index);
    });
  });
  out = list;
  cache.set(plan, out);
  return out;
}
