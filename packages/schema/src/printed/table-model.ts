/**
 * The printed shape of each table, derived from the catalogue: header rows with their spans and ids,
 * and body rows whose data cells carry the ids of every header above and beside them (`headers`), so a
 * screen reader announces row, row group, column and column group of any cell. Pure data, no DOM.
 */
import { cellsOf } from '../catalogue/cells.js';
import { type TableFormats, tableDef } from '../catalogue/index.js';
import type {
  BlockDef,
  CellDef,
  FormatVersion,
  Label,
  RowNode,
  TableDef,
  TableId,
} from '../catalogue/types.js';
import { columnLeaves, headerRows, type Leaf, leafHeaders } from './header-rows.js';
import type { CornerCell, DataCell, HeaderCell, PrintedRow, TableModel } from './types.js';

const models = new Map<string, TableModel>();

/** The printed model of one table in one format version (cached). */
export function tableModel(id: TableId, version: FormatVersion): TableModel {
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
  const body: PrintedRow[] = [];
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
  const bodies: PrintedRow[][] = [];
  const grid: DataCell[][] = [];
  def.blocks.forEach((block, b) => {
    const rows: PrintedRow[] = [];
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
  out: PrintedRow[],
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
