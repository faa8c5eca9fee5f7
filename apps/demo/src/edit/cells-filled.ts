/** How many of the report's cells hold a figure: after an import, what it read; while editing, progress. */
import { formatsOf, getCell, layoutOf, type Report } from '@gongkai/schema';

/** Cells holding a number, and all cells of the report's tables. */
export function cellsFilled(report: Report): { filled: number; total: number } {
  const cells = layoutOf(formatsOf(report)).cells;
  let filled = 0;
  for (const cell of cells) if (typeof getCell(report, cell.address) === 'number') filled++;
  return { filled, total: cells.length };
}
