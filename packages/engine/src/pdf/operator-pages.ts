import type { PageGeometry } from './geometry.js';
import { mayBeScanned } from './readable.js';
import { figureLines } from './rows.js';
import { type Run, runsOf } from './runs.js';

/**
 * The pages whose operator lists are worth their cost (pdf.js evaluates every glyph again for them): those
 * with a line that may be a table row, where the ruling lines decide the columns, and those with so little
 * text that they may be scans, where the images tell. Elsewhere the rules change nothing the reader does:
 * they are only asked of the lines `figureLines` gives.
 */
export function pagesNeedingOperators(
  pages: readonly PageGeometry[],
  runs: readonly Run[][] = runsOf(pages),
): Set<number> {
  const wanted = new Set<number>();
  pages.forEach((page, i) => {
    if (mayBeScanned(page) || figureLines(runs[i]!).length > 0) wanted.add(page.page);
  });
  return wanted;
}
