/**
 * The printed report, as one model: how each table of the national form is laid out on paper and on
 * screen (header rows with spans, the corner, row groups, which label columns a row spans). Every
 * printed form derives from it: the components' tables, the xlsx/text exports and the Word export.
 */
import type { CellDef, Label, TableDef, TableId } from '../catalogue/types.js';

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

export type PrintedCell = HeaderCell | CornerCell | DataCell;

export interface PrintedRow {
  cells: PrintedCell[];
  total?: boolean;
}

export interface TableModel {
  def: TableDef;
  id: TableId;
  /** Rows of `<thead>` (repeated on every printed page); empty when each block prints its own header rows (section 二). */
  head: PrintedRow[];
  /** One `<tbody>` per printed block. */
  bodies: PrintedRow[][];
  columnCount: number;
  /** The data cells row by row, for keyboard navigation and pasting blocks. */
  grid: DataCell[][];
}
