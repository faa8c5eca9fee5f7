/**
 * The printed shape of each table, derived from the catalogue: header rows with their spans and ids,
 * and body rows whose data cells carry the ids of every header above and beside them (`headers`), so a
 * screen reader announces row, row group, column and column group of any cell. Pure data, no DOM:
 * the report, the editor, the comparison and the server renderer all draw from the same model.
 */
import {
  type BlockDef,
  type CellDef,
  cellsOf,
  type Label,
  type RowNode,
  type TableDef,
  type TableFormats,
  type TableId,
  tableDef,
} from '@gongkai/schema';

export interface HeaderCell {
  kind: 'th';
  id: string;
  label: Label;
  colspan: number;
  rowspan: number;
  scope: 'col' | 'colgroup' | 'row' | 'rowgroup';
  /** A 总计 row or column, printed bold. */
  total?: boolean;
  /** Label of a 第二十条 sub-table heading. */
  heading?: boolean;
}

/** The top-left cell of a table with row and column headers (section 三 prints its note there). */
export interface CornerCell {
  kind: 'corner';
  label?: Label;
  colspan: number;
  rowspan: number;
}

export interface DataCell {
  kind: 'td';
  address: string;
  def: CellDef;
  /** Space-separated ids of the header cells of this cell, outermost first. */
  headers: string;
  colspan: number;
  /** Column label with its group, for the stacked layout and the comparison (from the catalogue). */
  columnLabel: Label;
}

export type GridCell = HeaderCell | CornerCell | DataCell;

export interface GridRow {
  cells: GridCell[];
  total?: boolean;
}

export interface TableModel {
  def: TableDef;
  id: TableId;
  /** Rows of `<thead>`; empty when each block prints its own header rows (section 二). */
  head: GridRow[];
  /** One `<tbody>` per printed block. */
  bodies: GridRow[][];
  columnCount: number;
  /** The data cells row by row, for keyboard navigation and pasting blocks. */
  grid: DataCell[][];
}

/** One column as printed, with the chain of group headers above it (outermost first). */
interface Leaf {
  id: string;
  label: Label;
  chain: { id: string; label: Label }[];
  total?: boolean;
  address: (row: string) => string;
  /** For transposed tables: the row whose cell this column holds. */
  row?: string;
  columnKey: string;
}

const models = new Map<string, TableModel>();

/** The printed model of one table in one format version (cached). */
export function tableModel(id: TableId, version: TableFormats[TableId]): TableModel {
  const key = `${id}/${version}`;
  let model = models.get(key);
  if (!model) {
    model = build(tableDef(id, version));
    models.set(key, model);
  }
  return model;
}

/** The printed models of the three tables of a report, in order. */
export function tableModels(formats: TableFormats): TableModel[] {
  return (['activeDisclosure', 'applications', 'appeals'] as const).map((id) => tableModel(id, formats[id]));
}

function build(def: TableDef): TableModel {
  const cells = new Map(cellsOf(def).map((c) => [c.address, c]));
  const cellDef = (address: string): CellDef => {
    const found = cells.get(address);
    if (!found) throw new Error(`gk: no cell ${address} in the catalogue`);
    return found;
  };
  if (def.layout === 'transposed') return buildTransposed(def, cellDef);
  if (def.blocks.length === 1) return buildSingleBlock(def, cellDef);
  return buildBlocks(def, cellDef);
}

type CellLookup = (address: string) => CellDef;

const slug = (s: string) => s.replace(/\./g, '-');

/** Column leaves of a block whose column groups may nest (申请人情况 › 法人或其他组织 › 商业企业). */
function columnLeaves(def: TableDef, block: BlockDef, blockIndex: number): Leaf[] {
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
function headerRows(leaves: Leaf[]): GridRow[] {
  const depth = Math.max(0, ...leaves.map((l) => l.chain.length)) + 1;
  const rows: GridRow[] = Array.from({ length: depth }, () => ({ cells: [] }));
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

const leafHeaders = (leaf: Leaf) => [...leaf.chain.map((g) => g.id), leaf.id];

const joinLabel = (outer: Label | undefined, inner: Label): Label =>
  outer ? { zh: `${outer.zh}·${inner.zh}`, en: `${outer.en}: ${inner.en}` } : inner;

/** Section 三: one block, nested row groups down the side, nested column groups across the top. */
function buildSingleBlock(def: TableDef, cellDef: CellLookup): TableModel {
  const block = def.blocks[0] as BlockDef;
  const leaves = columnLeaves(def, block, 0);
  const stubDepth = rowDepth(block.rows) + 1;
  const head = headerRows(leaves);
  const corner: CornerCell = { kind: 'corner', colspan: stubDepth, rowspan: head.length, label: def.note };
  head[0]?.cells.unshift(corner);
  const body: GridRow[] = [];
  const grid: DataCell[][] = [];
  walkRows(def, block.rows, [], [], stubDepth, body, (rowAddress, stub) => {
    const data = leaves.map((leaf) =>
      dataCell(leaf, rowAddress, [...stub, ...leafHeaders(leaf)], 1, cellDef),
    );
    grid.push(data);
    return data;
  });
  return { def, id: def.id, head, bodies: [body], columnCount: stubDepth + leaves.length, grid };
}

/** Section 二: several blocks, each printed under its own heading row and column-header row. */
function buildBlocks(def: TableDef, cellDef: CellLookup): TableModel {
  const width = Math.max(...def.blocks.map((b) => b.columns.length));
  const bodies: GridRow[][] = [];
  const grid: DataCell[][] = [];
  def.blocks.forEach((block, b) => {
    const rows: GridRow[] = [];
    const headingId = `${def.id}-b${b}-heading`;
    const stubId = `${def.id}-b${b}-stub`;
    if (block.heading) {
      rows.push({
        cells: [
          {
            kind: 'th',
            id: headingId,
            label: block.heading,
            colspan: width + 1,
            rowspan: 1,
            scope: 'rowgroup',
            heading: true,
          },
        ],
      });
    }
    const leaves = columnLeaves(def, block, b);
    const fill = (i: number) => (i === leaves.length - 1 ? width - leaves.length + 1 : 1);
    rows.push({
      cells: [
        {
          kind: 'th',
          id: stubId,
          label: block.stubHeader ?? { zh: '', en: '' },
          colspan: 1,
          rowspan: 1,
          scope: 'col',
        },
        ...leaves.map(
          (leaf, i): HeaderCell => ({
            kind: 'th',
            id: leaf.id,
            label: leaf.label,
            colspan: fill(i),
            rowspan: 1,
            scope: 'col',
          }),
        ),
      ],
    });
    const outer = block.heading ? [headingId] : [];
    walkRows(def, block.rows, [], outer, 1, rows, (rowAddress, stub) => {
      const data = leaves.map((leaf, i) =>
        dataCell(leaf, rowAddress, [...stub, ...leafHeaders(leaf)], fill(i), cellDef),
      );
      grid.push(data);
      return data;
    });
    bodies.push(rows);
  });
  return { def, id: def.id, head: [], bodies, columnCount: width + 1, grid };
}

/** Section 四: its rows are printed across the top (行政复议 | 行政诉讼 › 未经复议直接起诉 …), one line of figures. */
function buildTransposed(def: TableDef, cellDef: CellLookup): TableModel {
  const block = def.blocks[0] as BlockDef;
  const leaves: Leaf[] = [];
  for (const node of block.rows) {
    if (node.kind !== 'row') continue;
    const spanning = def.rowGroups?.findIndex((g) => g.rows.includes(node.key)) ?? -1;
    const group = spanning >= 0 ? def.rowGroups?.[spanning] : undefined;
    const rowHead = { id: `${def.id}-r-${node.key}`, label: node.label };
    for (const column of block.columns) {
      leaves.push({
        id: `${def.id}-r-${node.key}-c-${column.key}`,
        label: column.label,
        chain: [...(group ? [{ id: `${def.id}-rg${spanning}`, label: group.label }] : []), rowHead],
        total: column.isTotal,
        columnKey: column.key,
        row: node.key,
        address: () => `${def.id}.${node.key}.${column.key}`,
      });
    }
  }
  const head = headerRows(leaves);
  const data = leaves.map((leaf) => dataCell(leaf, leaf.row as string, leafHeaders(leaf), 1, cellDef, true));
  return { def, id: def.id, head, bodies: [[{ cells: data }]], columnCount: leaves.length, grid: [data] };
}

function dataCell(
  leaf: Leaf,
  rowAddress: string,
  headers: string[],
  colspan: number,
  cellDef: CellLookup,
  transposed = false,
): DataCell {
  const address = leaf.address(rowAddress);
  const def = cellDef(address);
  // Transposed (section 四): the whole chain names the figure; otherwise the innermost group suffices.
  const labels = transposed
    ? [...leaf.chain.map((g) => g.label), leaf.label]
    : [leaf.chain.at(-1)?.label, leaf.label];
  const columnLabel = labels.reduce<Label | undefined>(
    (acc, l) => (l ? joinLabel(acc, l) : acc),
    undefined,
  ) as Label;
  return { kind: 'td', address, def, headers: headers.join(' '), colspan, columnLabel };
}

function rowDepth(nodes: readonly RowNode[]): number {
  let depth = 0;
  for (const node of nodes) if (node.kind === 'group') depth = Math.max(depth, 1 + rowDepth(node.children));
  return depth;
}

function leafCount(node: RowNode): number {
  return node.kind === 'row' ? 1 : node.children.reduce((n, c) => n + leafCount(c), 0);
}

/** Walks nested rows, printing each group label once, spanning the rows below it. */
function walkRows(
  def: TableDef,
  nodes: readonly RowNode[],
  path: string[],
  outer: string[],
  stubDepth: number,
  out: GridRow[],
  data: (rowAddress: string, stub: string[]) => DataCell[],
  pending: HeaderCell[] = [],
  depth = 0,
): void {
  let carry = pending;
  nodes.forEach((node, index) => {
    if (node.kind === 'row') {
      const rowAddress = [...path, node.key].join('.');
      const th: HeaderCell = {
        kind: 'th',
        id: `${def.id}-r-${slug(rowAddress)}`,
        label: node.label,
        colspan: stubDepth - depth,
        rowspan: 1,
        scope: 'row',
        total: node.isTotal,
      };
      out.push({ cells: [...carry, th, ...data(rowAddress, [...outer, th.id])], total: node.isTotal });
      carry = [];
      return;
    }
    const id = `${def.id}-g-${slug([...path, node.key ?? `n${depth}-${index}`].join('.'))}`;
    const th: HeaderCell = {
      kind: 'th',
      id,
      label: node.label,
      colspan: 1,
      rowspan: leafCount(node),
      scope: 'rowgroup',
    };
    walkRows(
      def,
      node.children,
      node.key ? [...path, node.key] : path,
      [...outer, id],
      stubDepth,
      out,
      data,
      [...carry, th],
      depth + 1,
    );
    carry = [];
  });
}
