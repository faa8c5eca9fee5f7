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
 * paper there (red ink reflects red), while black print under it stays dark, so the seal drops out
 * without a colour model. Pale fills (a blue header band) drop out the same way.
 */
export function inkOf(raster: Raster): Gray {
  const { width, height, data } = raster;
  const out = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < out.length; i++, p += 4) {
    // Transparent pixels are paper.
    out[i] = data[p + 3]! < 128 ? 255 : data[p]!;
  }
  return { width, height, data: out };
}

/** Dark enough to be print (lines, strokes) rather than paper, JPEG noise or a pale fill. */
export const INK = 150;

/** The bit map of print: 1 where a pixel is ink. */
export function binarise(gray: Gray, threshold = INK): Uint8Array {
  const out = new Uint8Array(gray.data.length);
  for (let i = 0; i < out.length; i++) out[i] = gray.data[i]! < threshold ? 1 : 0;
  return out;
}
