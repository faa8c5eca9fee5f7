/**
 * @gongkai/ocr in a browser (a Web Worker): pictures decoded and cell crops encoded with the browser's own
 * image codecs (`createImageBitmap`, `OffscreenCanvas`) where Node uses @napi-rs/canvas. Tesseract's
 * worker script, core and language data are the page's static files: nothing comes from a CDN.
 */
import type { Box } from './grid.js';
import { type Gray, type Raster, rgbaOf } from './raster.js';
import { type LanguagePaths, Recognizer } from './recognizer.js';

export * from './index.js';

/** Where a page serves tesseract's files (absolute URLs: a worker resolves nothing against a page). */
export interface TesseractAssets {
  /** tesseract.js's `worker.min.js`. */
  workerPath: string;
  /** The folder of tesseract.js-core's `*.wasm.js`. */
  corePath: string;
  /** Folders holding `eng.traineddata.gz` and `chi_sim.traineddata.gz`. */
  lang: LanguagePaths;
}

/** The recognizer with tesseract loaded from the page's own files, its worker script not wrapped in a blob. */
export function browserRecognizer(assets: TesseractAssets): Promise<Recognizer> {
  return Recognizer.create(assets.lang, {
    workerPath: assets.workerPath,
    corePath: assets.corePath,
    workerBlobURL: false,
  });
}

/** A JPEG or PNG picture of a page, decoded by the browser, on white (a transparent PNG is paper). */
export async function decodeImageInBrowser(bytes: Uint8Array): Promise<Raster> {
  const bitmap = await createImageBitmap(new Blob([bytes as BlobPart]));
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('OffscreenCanvas 2d context unavailable');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, bitmap.width, bitmap.height);
    context.drawImage(bitmap, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    return { data, width, height };
  } finally {
    bitmap.close();
  }
}

/** A crop of a straightened page as PNG, for the person who confirms the figure. */
export async function cropPngInBrowser(image: Gray, box: Box): Promise<Uint8Array> {
  const rgba = rgbaOf(image, box);
  const canvas = new OffscreenCanvas(rgba.width, rgba.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('OffscreenCanvas 2d context unavailable');
  const pixels = context.createImageData(rgba.width, rgba.height);
  pixels.data.set(rgba.data);
  context.putImageData(pixels, 0, 0);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new Uint8Array(await blob.arrayBuffer());
}
