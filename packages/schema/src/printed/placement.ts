/**
 * A printed table on its grid of rows and columns: where each cell starts once the cells merged above
 * and to the left are skipped. The xlsx sheet, the text lines and the Word table all place cells so.
 */
import type { PrintedCell, PrintedRow, TableModel } from './types.js';

/** Every printed row of a table, top to bottom: the header rows, then each block's rows. */
export function printedRows(model: TableModel): PrintedRow[] {
  return [...model.head, ...model.bodies.flat()];
}

/** How many rows a cell spans (data cells never span rows). */
export const rowSpanOf = (cell: PrintedCell): number => (cell.kind === 'td' ? 1 : cell.rowspan);

/**
 * The table as a grid `columnCount` wide: a cell at the position where it starts, `undefined` at a
 * position covered by a merged cell above or to the left.
 */
export function placeTable(model: TableModel): (PrintedCell | undefined)[][] {
  const grid: (PrintedCell | undefined)[][] = [];
  const covered: Set<number>[] = [];
  printedRows(model).forEach((row, r) => {
    const line = Array<PrintedCell | undefined>(model.columnCount).fill(undefined);
    grid.push(line);
    const taken = covered[r] ?? new Set<number>();
    let c = 0;
    for (const cell of row.cells) {
      while (taken.has(c)) c++;
      line[c] = cell;
      for (let dr = 0; dr < rowSpanOf(cell); dr++) {
        const below = covered[r + dr] ?? new Set<number>();
        covered[r + dr] = below;
        for (let dc = 0; dc < cell.colspan; dc++) if (dr > 0 || dc > 0) below.add(c + dc);
      }
      c += cell.colspan;
    }
  });
  return grid;
}
