/**
 * A table of the report as a Word table, cell for cell the printed model of `@gongkai/schema` (the same
 * rows, columns and merged cells as the official template). Header rows repeat on every page; blank
 * figures stay empty cells.
 */
import { formatsOf, getCell, type Locale, type Report, type TableId } from '@gongkai/schema';
import { type PrintedCell, placeTable, type TableModel, tableModel } from '@gongkai/schema/printed';
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { printedValue } from '../long-form.js';
import { TABLE_STYLE, TABLE_WIDTH } from './page.js';

/** The template's widths of section 三's label columns (办理结果, its group, the row), in twips. */
const STUB_WIDTHS = [754, 921, 3271];
const DATA_WIDTH = 685;

/** Column widths as the template sets them: label columns wide, figures evenly, the whole as wide as its tables. */
function columnWidths(model: TableModel): number[] {
  const stub =
    model.def.layout === 'rows' && model.def.blocks.length === 1
      ? model.columnCount - model.grid[0]!.length
      : 0;
  const raw = Array.from({ length: model.columnCount }, (_, i) =>
    i < stub ? (STUB_WIDTHS[STUB_WIDTHS.length - stub + i] ?? DATA_WIDTH) : DATA_WIDTH,
  );
  const total = raw.reduce((a, b) => a + b, 0);
  return raw.map((w) => Math.floor((w * TABLE_WIDTH) / total));
}

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = {
  top: line,
  bottom: line,
  left: line,
  right: line,
  insideHorizontal: line,
  insideVertical: line,
};

function cellText(report: Report, cell: PrintedCell, locale: Locale): string {
  if (cell.kind === 'th') return cell.label[locale];
  if (cell.kind === 'corner') return cell.label?.[locale] ?? '';
  return printedValue(getCell(report, cell.address), report.annotations?.[cell.address]);
}

function wordCell(report: Report, cell: PrintedCell, locale: Locale, width: number): TableCell {
  const text = cellText(report, cell, locale);
  const bold = cell.kind === 'th' && (cell.heading === true || cell.total === true);
  // Row labels read left to right like the template; headings, column heads and figures are centred.
  const left = cell.kind === 'corner' || (cell.kind === 'th' && cell.scope === 'row');
  return new TableCell({
    columnSpan: cell.colspan,
    rowSpan: cell.kind === 'td' ? 1 : cell.rowspan,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        style: TABLE_STYLE.id,
        alignment: left ? AlignmentType.LEFT : AlignmentType.CENTER,
        children: text === '' ? [] : [new TextRun(bold ? { text, bold } : text)],
      }),
    ],
  });
}

/** A row of the table: each cell as wide as the columns it spans, from where the grid places it. */
function wordRow(
  report: Report,
  placed: readonly (PrintedCell | undefined)[],
  locale: Locale,
  widths: number[],
  header: boolean,
): TableRow {
  const cells: TableCell[] = [];
  placed.forEach((cell, column) => {
    if (!cell) return;
    const width = widths.slice(column, column + cell.colspan).reduce((a, b) => a + b, 0);
    cells.push(wordCell(report, cell, locale, width));
  });
  return new TableRow({ children: cells, tableHeader: header, cantSplit: true });
}

/** One of the three tables of a report, in its own format version. */
export function wordTable(report: Report, table: TableId, locale: Locale): Table {
  const model = tableModel(table, formatsOf(report)[table]);
  const widths = columnWidths(model);
  const rows = placeTable(model).map((placed, r) =>
    wordRow(report, placed, locale, widths, r < model.head.length),
  );
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    // Centred over the margins as the template sets it; narrow cell margins keep 4-digit figures on one line.
    alignment: AlignmentType.CENTER,
    margins: { left: 57, right: 57, top: 0, bottom: 0 },
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
  });
}
