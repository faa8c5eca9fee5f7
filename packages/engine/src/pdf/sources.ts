import { type CellDef, formatsOf, getCell, layoutOf, type Report } from '@gongkai/schema';
import { columnOrder } from '../import/assemble/column-order.js';
import { fitCells, placedLoose } from '../import/figures/fit.js';
import { readCell } from '../import/figures/value.js';
import { planOf } from '../import/labels/label-index.js';
import type { Walk } from '../import/walk/walk.js';
import type { PdfBox } from './geometry.js';
import type { PdfLine } from './layout.js';

/** A column of a row left blank because the PDF put two figures in it (located for its diagnostic). */
export interface Unsure {
  path: string;
  line: PdfLine;
  column: number;
}

/**
 * Where every placed figure was printed: the box of the cell it was read from. A box is given only where
 * the text in it reads as the very figure the report holds, so a source is never a guess.
 */
export function sourcesOf(
  report: Report,
  walk: Walk,
  lines: readonly PdfLine[],
): { sources: Record<string, PdfBox>; unsure: Unsure[] } {
  const sources: Record<string, PdfBox> = {};
  const unsure: Unsure[] = [];
  const formats = formatsOf(report);
  const layout = layoutOf(formats);
  const confirm = (address: string, text: string, box: PdfBox | undefined) => {
    const def = layout.cellByAddress.get(address);
    const value = getCell(report, address);
    if (!def || !box || typeof value !== 'number') return;
    const reading = readCell(text, def.kind);
    if (reading.status === 'number' && reading.value === value) sources[address] = box;
  };
  for (const row of walk.rows) {
    const pdfLine = lines[row.line.no - 1];
    const entry = row.match.entry;
    const version = formats[entry.table];
    const plan = planOf(entry, version);
    if (!pdfLine || !plan || row.cells.length === 0) continue;
    const order = columnOrder(row, walk, version, plan);
    const fitted = fitCells(
      row.cells,
      order.length,
      plan.totalLast && order.at(-1) === plan.keys.at(-1),
      placedLoose(row.line, row.cells, order.length),
    );
    if (fitted.status !== 'ok') continue;
    // The row's cells are the line's last ones; a longer row was cut to a window of them.
    const first = row.line.cells.length - row.cells.length;
    const start = windowStart(row.cells, fitted.cells);
    order.forEach((key, i) => {
      const at = first + start + i;
      confirm(`${entry.address}.${key}`, fitted.cells[i] ?? '', pdfLine.cells[at]);
    });
    for (const column of pdfLine.row?.conflicts ?? []) {
      const key = order[column - start];
      if (key) unsure.push({ path: `${entry.address}.${key}`, line: pdfLine, column: column + 1 });
    }
  }
  // Section 四 printed across: its figures fill the table's cells in printed order.
  const appeals: CellDef[] = layout.cells.filter((c) => c.address.startsWith('appeals.'));
  let k = 0;
  for (const figures of walk.appealsFigures) {
    const pdfLine = lines[figures.line.no - 1];
    figures.cells.forEach((text, i) => {
      const def = appeals[k++];
      if (def && pdfLine) confirm(def.address, text, pdfLine.cells[i]);
    });
  }
  return { sources, unsure };
}

function windowStart(cells: readonly string[], fitted: readonly string[]): number {
  if (fitted.length >= cells.length) return 0;
  for (let s = 0; s + fitted.length <= cells.length; s++) {
    if (fitted.every((c, i) => c === cells[s + i])) return s;
  }
  return 0;
}
