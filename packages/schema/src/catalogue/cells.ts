import type { CellDef, Label, RowDef, RowNode, TableDef } from './types.js';

/** A row with the groups above it and its address segments. */
export interface RowPlacement {
  row: RowDef;
  path: readonly string[];
  groups: readonly Label[];
  block: number;
}

/** The data rows of a table in printed order, with their address paths. */
export function rowsOf(table: TableDef): RowPlacement[] {
  const out: RowPlacement[] = [];
  const walk = (
    nodes: readonly RowNode[],
    path: readonly string[],
    groups: readonly Label[],
    block: number,
  ) => {
    for (const node of nodes) {
      if (node.kind === 'row') out.push({ row: node, path: [...path, node.key], groups, block });
      else walk(node.children, node.key ? [...path, node.key] : path, [...groups, node.label], block);
    }
  };
  table.blocks.forEach((b, i) => {
    walk(b.rows, [], [], i);
  });
  return out;
}

/** Every cell of a table, in printed order (row by row). */
export function cellsOf(table: TableDef): CellDef[] {
  return rowsOf(table).flatMap(({ row, path, groups, block }) =>
    (table.blocks[block]?.columns ?? []).map((columnDef) => ({
      address: [table.id, ...path, columnDef.key].join('.'),
      table: table.id,
      version: table.version,
      rowPath: path,
      rowAddress: path.join('.'),
      column: columnDef.key,
      kind: columnDef.kind,
      row,
      columnDef,
      rowGroups: groups,
      block,
    })),
  );
}
