import { apply, type Matrix, multiply, type Rule } from './geometry.js';

/** The operator codes this module reads (pdf.js's `OPS` table, passed in so this file needs no pdf.js). */
export interface OperatorCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
}

// pdf.js's path buffer codes (`DrawOPS`).
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

// Borders drawn as thin filled rectangles are lines too; anything thicker is shading, not a rule.
const THIN = 2;
// A hostile page may hold millions of operators: beyond this many, the rest are not read.
const MAX_OPS = 200_000;
const MAX_RULES = 5_000;

/**
 * The ruling lines and the image cover of one page from its operator list, in viewport coordinates
 * (`viewport` maps PDF user space to the page's top-left origin). Tracks the CTM through save/restore.
 */
export function readOperators(
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  ops: OperatorCodes,
  viewport: Matrix,
  pageArea: number,
): { rules: Rule[]; imageCover: number } {
  const rules: Rule[] = [];
  let ctm: Matrix = viewport;
  const stack: Matrix[] = [];
  let imageArea = 0;
  const n = Math.min(fnArray.length, MAX_OPS);
  for (let i = 0; i < n; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? viewport;
    else if (fn === ops.transform && args) ctm = multiply(ctm, args as unknown as Matrix);
    else if (fn === ops.constructPath && args && rules.length < MAX_RULES) {
      const paint = args[0] as number;
      const path = (args[1] as unknown[] | undefined)?.[0];
      const stroked = paint === ops.stroke || paint === ops.closeStroke;
      const filled =
        paint === ops.fill || paint === ops.eoFill || paint === ops.fillStroke || paint === ops.eoFillStroke;
      if ((stroked || filled) && isNumbers(path)) collectRules(path, ctm, stroked, rules);
    } else if (
      fn === ops.paintImageXObject ||
      fn === ops.paintInlineImageXObject ||
      fn === ops.paintImageMaskXObject
    ) {
      // An image is drawn into the unit square under the CTM.
      const corners = [apply(ctm, 0, 0), apply(ctm, 1, 0), apply(ctm, 0, 1), apply(ctm, 1, 1)];
      const xs = corners.map((c) => c[0]);
      const ys = corners.map((c) => c[1]);
      imageArea += (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
    }
  }
  return { rules, imageCover: pageArea > 0 ? Math.min(1, imageArea / pageArea) : 0 };
}

function isNumbers(path: unknown): path is ArrayLike<number> {
  return (
    path instanceof Float32Array ||
    path instanceof Float64Array ||
    (Array.isArray(path) && (path.length === 0 || typeof path[0] === 'number'))
  );
}

/** Straight axis-aligned segments of a stroked path; thin filled rectangles as their centre line. */
function collectRules(path: ArrayLike<number>, ctm: Matrix, stroked: boolean, out: Rule[]): void {
  const points: [number, number][] = [];
  let start: [number, number] | undefined;
  let last: [number, number] | undefined;
  const flushFill = () => {
    if (!stroked && points.length >= 4) thinRectangle(points, out);
    points.length = 0;
  };
  for (let i = 0; i < path.length; ) {
    const code = path[i++];
    if (code === MOVE) {
      flushFill();
      last = apply(ctm, path[i++]!, path[i++]!);
      start = last;
      points.push(last);
    } else if (code === LINE) {
      const next = apply(ctm, path[i++]!, path[i++]!);
      if (stroked && last) segment(last, next, out);
      points.push(next);
      last = next;
    } else if (code === CURVE) {
      i += 6;
      last = undefined;
    } else if (code === QUAD) {
      i += 4;
      last = undefined;
    } else if (code === CLOSE) {
      if (stroked && last && start) segment(last, start, out);
      last = start;
    } else break;
  }
  flushFill();
}

function segment(a: [number, number], b: [number, number], out: Rule[]): void {
  const dx = Math.abs(a[0] - b[0]);
  const dy = Math.abs(a[1] - b[1]);
  if (dy < 0.5 && dx > 1)
    out.push({ x0: Math.min(a[0], b[0]), x1: Math.max(a[0], b[0]), y0: a[1], y1: a[1] });
  else if (dx < 0.5 && dy > 1)
    out.push({ x0: a[0], x1: a[0], y0: Math.min(a[1], b[1]), y1: Math.max(a[1], b[1]) });
}

function thinRectangle(points: [number, number][], out: Rule[]): void {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  if (y1 - y0 < THIN && x1 - x0 > THIN) out.push({ x0, x1, y0: (y0 + y1) / 2, y1: (y0 + y1) / 2 });
  else if (x1 - x0 < THIN && y1 - y0 > THIN) out.push({ x0: (x0 + x1) / 2, x1: (x0 + x1) / 2, y0, y1 });
}
