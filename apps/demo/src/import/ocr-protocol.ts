/** The messages between the page and the OCR worker (`ocr-worker.ts`). */
import type { OcrDraft, Raster, ScanProgress, TesseractAssets } from '@gongkai/ocr/browser';
import type { Locale } from '@gongkai/schema';

/** To the worker: read a scan; a PDF's pages follow one by one as the worker asks for them. */
export type ToWorker =
  | {
      type: 'read';
      /** An image's bytes, decoded in the worker; absent for a PDF (the page renders its pages). */
      image?: Uint8Array;
      pages: number;
      locale: Locale;
      filename: string;
      assets: TesseractAssets;
    }
  | { type: 'page'; n: number; raster: Raster };

/** From the worker. */
export type FromWorker =
  | { type: 'loading' }
  | { type: 'need-page'; n: number }
  | { type: 'progress'; progress: ScanProgress }
  | { type: 'done'; draft: OcrDraft }
  | { type: 'failed'; message: string; scan: boolean };
