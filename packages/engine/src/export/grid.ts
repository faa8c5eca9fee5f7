/**
 * A table of a report on the grid of the official form, in text: derived from the printed model of
 * `@gongkai/schema` (the same one the components draw), with each figure printed as the report holds it.
 */
import { formatsOf, getCell, type Locale, type Report, type TableId } from '@gongkai/schema';
import { type PrintedCell, placeTable, rowSpanOf, tableModel } from '@gongkai/schema/printed';
import { printedValue } from './long-form.js';

/** One printed cell of a table laid out like the official form. */
export interface GridCell {
  text: string;
  colspan: number;
  rowspan: number;
  /** Header, sub-table heading or row label (not a figure). */
  label: boolean;
  /** Address of the figure, for value cells. */
  address?: string;
}

/** A table on its grid: `undefined` marks a position covered by a merged cell above or to the left. */
export type Grid = (GridCell | undefined)[][];

function textCell(report: Report, cell: PrintedCell, locale: Locale): GridCell {
  const spans = { colspan: cell.colspan, rowspan: rowSpanOf(cell) };
  if (cell.kind === 'th') return { text: cell.label[locale], ...spans, label: true };
  if (cell.kind === 'corner') return { text: cell.label?.[locale] ?? '', ...spans, label: true };
  const text = printedValue(getCell(report, cell.address), report.annotations?.[cell.address]);
  return { text, ...spans, label: false, address: cell.address };
}

/** A table of a report laid out like the official form. */
export function tableGrid(report: Report, table: TableId, locale: Locale = 'zh'): Grid {
  const model = tableModel(table, formatsOf(report)[table]);
  return placeTable(model).map((row) => row.map((cell) => cell && textCell(report, cell, locale)));
}
