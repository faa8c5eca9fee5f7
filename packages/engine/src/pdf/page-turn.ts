import { type Matrix, multiply } from './geometry.js';

/** How far a page is turned, beyond its own /Rotate, for its text to read left to right. */
export type Turn = 0 | 90 | 180 | 270;

const TURNS: readonly Turn[] = [0, 90, 180, 270];

interface Item {
  str: string;
  transform: Matrix;
}

/**
 * The turn that sets most of a page's text upright, left to right. Producers store landscape tables as
 * portrait pages with their text drawn sideways, or turn a page with /Rotate that was already upright:
 * read as shown, such a page's lines run down the page and no row is found (or, worse, figures of one
 * column are taken for a row). The page as its /Rotate shows it is kept unless another turn sets more
 * of its characters upright.
 */
export function turnOf(items: readonly Item[], viewportAt: (turn: Turn) => Matrix): Turn {
  const upright = (turn: Turn) => {
    const view = viewportAt(turn);
    let chars = 0;
    for (const item of items) if (isUpright(multiply(view, item.transform))) chars += item.str.length;
    return chars;
  };
  let total = 0;
  for (const item of items) total += item.str.length;
  const asShown = upright(0);
  // Almost all upright as shown (the usual page): nothing to try.
  if (asShown >= 0.9 * total) return 0;
  let best: Turn = 0;
  let most = asShown;
  for (const turn of TURNS.slice(1)) {
    const chars = upright(turn);
    if (chars > most) {
      best = turn;
      most = chars;
    }
  }
  return best;
}

/**
 * Whether text drawn with this matrix (in device space, y down) reads left to right, upright: its
 * baseline runs along the page. The glyphs' up direction is not asked: for a Type 3 font pdf.js gives
 * the font matrix's, which cairo (poppler's `pdftocairo`, many Linux print pipelines) writes y-down for
 * glyphs drawn upright, and text that is really mirrored top to bottom is not printed in reports.
 */
export function isUpright(m: Matrix): boolean {
  return m[0] > 0 && Math.abs(m[1]) < 0.2 * m[0];
}

/**
 * The height of upright text drawn with this matrix, from pdf.js's `height` of the item. When the
 * glyphs' up direction points down the page (a Type 3 font whose matrix is y-down), that height is the
 * font's bounding box scaled by its matrix, not its size (a 12 pt heading of cairo's came out 1.6 high):
 * the size along the baseline is taken instead.
 */
export function uprightHeight(m: Matrix, height: number): number {
  if (m[3] > 0) return m[0];
  return height > 0 ? height : Math.hypot(m[2], m[3]);
}
