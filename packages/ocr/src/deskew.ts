import type { Gray } from './raster.js';
import { INK } from './raster.js';

/** Scans are straightened up to this many degrees either way; a page turned further is not a small skew. */
export const MAX_SKEW = 3;
const STEP = 0.05;

/**
 * The page's skew in degrees (positive: the text runs down to the right), found as the shear under which
 * the ink's rows are sharpest: ruling lines and text lines then fall in the fewest rows (projection
 * profile). Read on every other pixel, which is plenty for lines a page wide.
 */
export function skewOf(gray: Gray): number {
  const { width, height, data } = gray;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < height; y += 2) {
    for (let x = 0; x < width; x += 2) {
      if (data[y * width + x]! < INK) {
        xs.push(x - width / 2);
        ys.push(y);
      }
    }
  }
  if (xs.length === 0) return 0;
  let best = 0;
  let bestScore = -1;
  const bins = new Float64Array(height + 2 * width);
  for (let a = -MAX_SKEW; a <= MAX_SKEW + 1e-9; a += STEP) {
    const t = Math.tan((a * Math.PI) / 180);
    bins.fill(0);
    for (let i = 0; i < xs.length; i++) {
      const b = Math.round(ys[i]! - xs[i]! * t) + width;
      if (b >= 0 && b < bins.length) bins[b]!++;
    }
    let score = 0;
    for (let i = 0; i < bins.length; i++) score += bins[i]! * bins[i]!;
    if (score > bestScore) {
      bestScore = score;
      best = a;
    }
  }
  return Math.round(best * 100) / 100;
}

/** The page turned back by `degrees` about its centre (bilinear), paper-white where it had no pixels. */
export function rotate(gray: Gray, degrees: number): Gray {
  if (degrees === 0) return gray;
  const { width, height, data } = gray;
  const out = new Uint8Array(width * height).fill(255);
  const r = (-degrees * Math.PI) / 180;
  const cos = Math.cos(r);
  const sin = Math.sin(r);
  const cx = width / 2;
  const cy = height / 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Where this output pixel was on the skewed page.
      const dx = x - cx;
      const dy = y - cy;
      const sx = cos * dx + sin * dy + cx;
      const sy = -sin * dx + cos * dy + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) continue;
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * width + x0;
      const top = data[i]! * (1 - fx) + data[i + 1]! * fx;
      const bottom = data[i + width]! * (1 - fx) + data[i + width + 1]! * fx;
      out[y * width + x] = top * (1 - fy) + bottom * fy;
    }
  }
  return { width, height, data: out };
}
