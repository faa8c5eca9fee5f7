import { createRequire } from 'node:module';
import type { OcrDraft } from '../draft.js';
import { Recognizer } from '../recognizer.js';
import { readScanPages, type ScanOptions } from '../scan.js';
import { cropPng, decodeImage, isPdf, renderPdf } from './render.js';

const require = createRequire(import.meta.url);

/** The folders of the installed language packages (`@tesseract.js-data/*`): nothing is downloaded. */
export function languagePaths(): { eng: string; chi_sim: string } {
  return {
    eng: (require('@tesseract.js-data/eng') as { langPath: string }).langPath,
    chi_sim: (require('@tesseract.js-data/chi_sim') as { langPath: string }).langPath,
  };
}

export interface ReadScanOptions extends ScanOptions {
  /** Resolution PDF pages are rendered at (default 300: tesseract's models read best there). */
  dpi?: number;
  /** Attach a PNG of every cell to confirm (default true). */
  crops?: boolean;
}

/** Reads a scanned report (a PDF of page images, or one JPEG/PNG page) into a draft to confirm. */
export async function readScan(bytes: Uint8Array, options: ReadScanOptions = {}): Promise<OcrDraft> {
  const source = isPdf(bytes)
    ? await renderPdf(bytes, options.dpi ?? 300)
    : { pages: 1, rasters: [await decodeImage(bytes)] };
  const recognizer = await Recognizer.create(languagePaths());
  try {
    return await readScanPages(source.rasters, source.pages, recognizer, {
      ...options,
      crop: options.crops === false ? undefined : (options.crop ?? cropPng),
    });
  } finally {
    await recognizer.close();
  }
}
