import { looksLikeValue } from '../import/figures/value.js';
import type { PageGeometry, PdfBox, Rule, TextRun } from './geometry.js';

/** The pages as read, one per printed page: a sheet printed two-up gives two. */
export interface PrintedPages {
  pages: PageGeometry[];
  /** Per printed page (by its number less one): the sheet it is on and how far right on it. */
  sheets: { page: number; dx: number }[];
  /** Whether any sheet was split. */
  split: boolean;
}

// The gutter between two pages printed side by side: near the middle, and at least this wide.
const MIDDLE: readonly [number, number] = [0.35, 0.65];
const GUTTER = 0.02;

/**
 * Sheets with two pages side by side (printed two-up, a booklet's spread) are split into their pages,
 * left then right. Read as one, the lines of the two pages at one height join: a row of the left
 * page's table takes the right page's figures. A sheet is two pages only where a clear gutter runs down
 * its middle that no text and no ruling line crosses, and each side holds prose of its own (a page of
 * labels beside a column of figures is one table, not two pages).
 */
export function printedPages(sheets: readonly PageGeometry[]): PrintedPages {
  const pages: PageGeometry[] = [];
  const placed: PrintedPages['sheets'] = [];
  for (const sheet of sheets) {
    const cut = gutterOf(sheet);
    if (cut === undefined) {
      pages.push({ ...sheet, page: pages.length + 1 });
      placed.push({ page: sheet.page, dx: 0 });
      continue;
    }
    const left = (r: TextRun) => r.x + r.width / 2 < cut;
    const leftRule = (r: Rule) => Math.max(r.x0, r.x1) <= cut;
    const shift = (r: TextRun): TextRun => ({ ...r, x: r.x - cut });
    const shiftRule = (r: Rule): Rule => ({ ...r, x0: r.x0 - cut, x1: r.x1 - cut });
    pages.push({
      ...sheet,
      page: pages.length + 1,
      width: cut,
      runs: sheet.runs.filter(left),
      rules: sheet.rules.filter(leftRule),
    });
    placed.push({ page: sheet.page, dx: 0 });
    pages.push({
      ...sheet,
      page: pages.length + 1,
      width: sheet.width - cut,
      runs: sheet.runs.filter((r) => !left(r)).map(shift),
      rules: sheet.rules.filter((r) => !leftRule(r)).map(shiftRule),
    });
    placed.push({ page: sheet.page, dx: cut });
  }
  return { pages, sheets: placed, split: pages.length > sheets.length };
}

/** A box on a printed page, back on its sheet (the page and place a viewer shows). */
export function onSheet(box: PdfBox, printed: PrintedPages): PdfBox {
  const sheet = printed.sheets[box.page - 1];
  if (!sheet) return box;
  return { ...box, page: sheet.page, x: Math.round((box.x + sheet.dx) * 10) / 10 };
}

/** The middle of the widest gutter down a sheet's middle, when the sheet holds two pages. */
function gutterOf(sheet: PageGeometry): number | undefined {
  const runs = sheet.runs.filter((r) => r.text.trim() !== '');
  if (runs.length < 20) return undefined;
  const from = sheet.width * MIDDLE[0];
  const to = sheet.width * MIDDLE[1];
  // What text and rules cover across the middle, as intervals of x.
  const spans: [number, number][] = runs.map((r) => [r.x, r.x + r.width]);
  for (const r of sheet.rules) spans.push([Math.min(r.x0, r.x1), Math.max(r.x0, r.x1)]);
  spans.sort((a, b) => a[0] - b[0]);
  let reach = from;
  let best: [number, number] | undefined;
  for (const [a, b] of spans) {
    if (b <= reach) continue;
    if (a > reach && Math.min(a, to) - reach > (best ? best[1] - best[0] : 0))
      best = [reach, Math.min(a, to)];
    reach = Math.max(reach, b);
    if (reach >= to) break;
  }
  if (reach < to && to - reach > (best ? best[1] - best[0] : 0)) best = [reach, to];
  if (!best || best[1] - best[0] < sheet.width * GUTTER) return undefined;
  const cut = (best[0] + best[1]) / 2;
  // Each side a page of its own: a good share of the text, most of it words, not figures.
  const sides = [runs.filter((r) => r.x + r.width <= cut), runs.filter((r) => r.x >= cut)];
  const chars = (side: TextRun[]) => side.reduce((n, r) => n + r.text.length, 0);
  const words = (side: TextRun[]) =>
    side.filter((r) => !looksLikeValue(r.text.trim())).reduce((n, r) => n + r.text.length, 0);
  const all = chars(runs);
  for (const side of sides) {
    if (chars(side) < 0.2 * all || words(side) < 0.6 * chars(side)) return undefined;
    const top = Math.min(...side.map((r) => r.y));
    const bottom = Math.max(...side.map((r) => r.y + r.height));
    if (bottom - top < 0.4 * sheet.height) return undefined;
  }
  return cut;
}
