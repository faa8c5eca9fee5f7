import type { Box } from './grid.js';
import type { Gray } from './raster.js';
import { INK } from './raster.js';

/** The ink inside a box, or undefined when the box holds none (a blank cell). */
export function inkBox(gray: Gray, box: Box): Box | undefined {
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = -1;
  let y1 = -1;
  let dots = 0;
  for (let y = box.y0; y <= box.y1; y++) {
    for (let x = box.x0; x <= box.x1; x++) {
      if (gray.data[y * gray.width + x]! >= INK) continue;
      dots++;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  // A few stray dark pixels are JPEG noise or the end of a ruling line, not print.
  if (dots < 6) return undefined;
  return { x0, y0, x1, y1 };
}

/** The box shrunk by `by` pixels on every side (a cell inside its ruling lines' anti-aliased edges). */
export function inset(box: Box, by: number): Box {
  return { x0: box.x0 + by, y0: box.y0 + by, x1: box.x1 - by, y1: box.y1 - by };
}

/**
 * Whether the ink looks like a figure rather than Chinese text: digits are narrow glyphs (about half as
 * wide as high), a Chinese character is about square. The ink's columns are cut into glyphs where a column
 * holds no ink; one glyph as wide as the line is high means text.
 */
export function looksLikeFigure(gray: Gray, ink: Box): boolean {
  const h = ink.y1 - ink.y0 + 1;
  let run = 0;
  for (let x = ink.x0; x <= ink.x1 + 1; x++) {
    let on = false;
    if (x <= ink.x1) {
      for (let y = ink.y0; y <= ink.y1 && !on; y++) on = gray.data[y * gray.width + x]! < INK;
    }
    if (on) run++;
    else {
      if (run > 0.85 * h) return false;
      run = 0;
    }
  }
  return true;
}

/**
 * A crop of the page as a binary PGM image (leptonica reads it without any image library), scaled by
 * `scale` and padded with paper: tesseract reads a glyph best at about 30 pixels high with a margin.
 * With a `threshold`, black and white only.
 */
export function cropPgm(gray: Gray, box: Box, scale: number, pad: number, threshold?: number): Uint8Array {
  const w = Math.max(1, Math.round((box.x1 - box.x0 + 1) * scale)) + 2 * pad;
  const h = Math.max(1, Math.round((box.y1 - box.y0 + 1) * scale)) + 2 * pad;
  const header = new TextEncoder().encode(`P5\n${w} ${h}\n255\n`);
  const out = new Uint8Array(header.length + w * h).fill(255);
  out.set(header, 0);
  const body = header.length;
  for (let y = 0; y < h - 2 * pad; y++) {
    const sy = box.y0 + (y + 0.5) / scale - 0.5;
    const y0 = Math.max(box.y0, Math.min(box.y1, Math.floor(sy)));
    const y1 = Math.min(box.y1, y0 + 1);
    const fy = Math.max(0, Math.min(1, sy - y0));
    for (let x = 0; x < w - 2 * pad; x++) {
      const sx = box.x0 + (x + 0.5) / scale - 0.5;
      const x0 = Math.max(box.x0, Math.min(box.x1, Math.floor(sx)));
      const x1 = Math.min(box.x1, x0 + 1);
      const fx = Math.max(0, Math.min(1, sx - x0));
      const d = gray.data;
      const W = gray.width;
      const v =
        (d[y0 * W + x0]! * (1 - fx) + d[y0 * W + x1]! * fx) * (1 - fy) +
        (d[y1 * W + x0]! * (1 - fx) + d[y1 * W + x1]! * fx) * fy;
      out[body + (y + pad) * w + x + pad] = threshold === undefined ? v : v < threshold ? 0 : 255;
    }
  }
  return out;
}
