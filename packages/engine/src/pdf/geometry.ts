/** The page geometry the PDF reader works on, in points from the page's top-left corner (y grows down). */

/** One run of text as the PDF draws it. */
export interface TextRun {
  text: string;
  /** Left edge, top edge, width and height of the run's box. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A ruling line of a table: horizontal (y0 === y1) or vertical (x0 === x1). */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PageGeometry {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  runs: TextRun[];
  rules: Rule[];
  /** Share of the page's area that images cover (0–1): a scan is one image over the page. */
  imageCover: number;
  /**
   * Degrees the page was turned, beyond its own /Rotate, for its text to read left to right (see
   * `turnOf`); absent when it reads as shown. Its boxes are in the page so turned.
   */
  turn?: 90 | 180 | 270;
  /**
   * Text not upright once the page is turned (a watermark across the page, a note up its margin): left
   * out of the runs, counted here with a sample, so that it is said and never read into a cell or prose.
   */
  aside?: { count: number; sample: string };
}

/** A box on a page, as a cell's source: page number and its rectangle in points from the top-left. */
export interface PdfBox {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The page's turn beyond its /Rotate, when it had to be turned for its text to read (see PageGeometry). */
  turn?: 90 | 180 | 270;
}

/** A 2-D affine transform [a, b, c, d, e, f], as PDF writes them. */
export type Matrix = readonly [number, number, number, number, number, number];

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** A page's vertical ruling lines (cell borders between columns). */
export function verticalsOf(page: PageGeometry): Rule[] {
  return page.rules.filter((r) => r.x0 === r.x1);
}
