/** Column headers as printed: column groups spanning their columns, nested as deep as the catalogue says. */
import type { BlockDef, Label, TableDef } from '../catalogue/types.js';
import type { PrintedRow } from './types.js';

/** One column as printed, with the chain of group headers above it (outermost first). */
export interface Leaf {
  id: string;
  label: Label;
  chain: { id: string; label: Label }[];
  total?: boolean;
  address: (row: string) => string;
  /** For transposed tables: the row whose cell this column holds. */
  row?: string;
  columnKey: string;
}

/** Column leaves of a block whose column groups may nest (申请人情况 › 法人或其他组织 › 商业企业). */
export function columnLeaves(def: TableDef, block: BlockDef, blockIndex: number): Leaf[] {
  const groups = new Map((block.columnGroups ?? []).map((g) => [g.id, g]));
  return block.columns.map((column) => {
    const chain: Leaf['chain'] = [];
    let group = column.group ? groups.get(column.group) : undefined;
    while (group) {
      chain.unshift({ id: `${def.id}-b${blockIndex}-g-${group.id}`, label: group.label });
      group = group.parent ? groups.get(group.parent) : undefined;
    }
    return {
      id: `${def.id}-b${blockIndex}-c-${column.key}`,
      label: column.label,
      chain,
      total: column.isTotal,
      columnKey: column.key,
      address: (row: string) => `${def.id}.${row}.${column.key}`,
    };
  });
}

/** Header rows for leaves: each group spans its leaves, each leaf label fills the levels below its chain. */
export function headerRows(leaves: Leaf[]): PrintedRow[] {
  const depth = Math.max(0, ...leaves.map((l) => l.chain.length)) + 1;
  const rows: PrintedRow[] = Array.from({ length: depth }, () => ({ cells: [] }));
  for (let level = 0; level < depth; level++) {
    for (let i = 0; i < leaves.length; i++) {
      const leaf = leaves[i] as Leaf;
      const group = leaf.chain[level];
      if (group) {
        if (i > 0 && leaves[i - 1]?.chain[level]?.id === group.id) continue;
        let span = 1;
        while (leaves[i + span]?.chain[level]?.id === group.id) span++;
        rows[level]?.cells.push({
          kind: 'th',
          id: group.id,
          label: group.label,
          colspan: span,
          rowspan: 1,
          scope: 'colgroup',
        });
      } else if (level === leaf.chain.length) {
        rows[level]?.cells.push({
          kind: 'th',
          id: leaf.id,
          label: leaf.label,
          colspan: 1,
          rowspan: depth - level,
          scope: 'col',
          total: leaf.total,
        });
      }
    }
  }
  return rows;
}

export const leafHeaders = (leaf: Leaf) => [...leaf.chain.map((g) => g.id), leaf.id];
