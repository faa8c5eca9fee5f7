/** A page as pixels: the one shape every source (a PDF page rendered, a photo decoded) is read into. */
export interface Raster {
  width: number;
  height: number;
  /** RGBA, row by row, as a canvas gives it. */
  data: Uint8ClampedArray;
}

/** One byte a pixel, 0 black to 255 white. */
export interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * The page's ink as grey levels, read from the red channel: a red seal stamped over a table is as light as
 * paper there (red ink reflects red), while black print under it stays dark, so the seal drops out.
 * Pale fills (a blue header band) drop out the same way. A JPEG keeps colour at half resolution, so a
 * seal's edges come out darker in red than its middle: a reddish pixel as light as seal ink is paper too
 * (`dropSeal`; not for finding ruling lines, which the JPEG smears reddish under a seal).
 */
export function inkOf(raster: Raster, dropSeal = true): Gray {
  const { width, height, data } = raster;
  const out = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < out.length; i++, p += 4) {
    const r = data[p]!;
    const g = data[p + 1]!;
    const b = data[p + 2]!;
    // Seal ink is reddish and only as dark as red is; black print under the seal stays darker than that
    // (its colour smeared reddish by the JPEG). Transparent pixels are paper.
    const seal = dropSeal && r - (g + b) / 2 > REDDISH && 0.299 * r + 0.587 * g + 0.114 * b > SEAL_DARKEST;
    out[i] = data[p + 3]! < 128 || seal ? 255 : r;
  }
  return { width, height, data: out };
}

/** How much redder than green and blue a pixel is when it is seal ink, not black print or grey paper. */
const REDDISH = 30;
/** Luminance of seal red (about 88 for the usual vermilion) and lighter: darker reddish pixels are print. */
const SEAL_DARKEST = 60;

/** Dark enough to be print (lines, strokes) rather than paper, JPEG noise or a pale fill. */
export const INK = 150;

/** Darker than this is part of a ruling line: grey lines count, a pale fill (about 200 in red) does not. */
export const RULE_INK = 185;

/** The bit map of print: 1 where a pixel is ink. */
export function binarise(gray: Gray, threshold = INK): Uint8Array {
  const out = new Uint8Array(gray.data.length);
  for (let i = 0; i < out.length; i++) out[i] = gray.data[i]! < threshold ? 1 : 0;
  return out;
}

/** A box of a grey page as opaque RGBA pixels (what a canvas takes), for the crop shown to a person. */
export function rgbaOf(
  image: Gray,
  box: { x0: number; y0: number; x1: number; y1: number },
): { width: number; height: number; data: Uint8ClampedArray } {
  const width = box.x1 - box.x0 + 1;
  const height = box.y1 - box.y0 + 1;
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = image.data[(box.y0 + y) * image.width + box.x0 + x]!;
      const p = (y * width + x) * 4;
      data[p] = v;
      data[p + 1] = v;
      data[p + 2] = v;
      data[p + 3] = 255;
    }
  }
  return { width, height, data };
}
