import type { ImportOptions } from '@gongkai/engine';
import { draftOf, type OcrDraft } from './draft.js';
import type { Box } from './grid.js';
import { scanMessage } from './messages.js';
import { readPage, type ScannedPage } from './page-reader.js';
import type { Gray, Raster } from './raster.js';
import type { Recognizer } from './recognizer.js';

/** Where reading a scan is, for a progress bar: page `page` of `pages`, cell `cell` of its `cells`. */
export interface ScanProgress {
  page: number;
  pages: number;
  cell: number;
  cells: number;
}

export interface ScanOptions extends ImportOptions {
  onProgress?: (progress: ScanProgress) => void;
  /** Stops between two cells: the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Makes the image of a cell to confirm (a PNG in Node), shown beside its value. */
  crop?: (image: Gray, box: Box) => Promise<Uint8Array>;
}

/** A scan that cannot give a report: what it is in words (Chinese, or English with `locale: 'en'`). */
export class ScanError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ScanError';
  }
}

/**
 * Reads the pages of a scan (each a raster, rendered or decoded by the caller) into a draft report.
 * Throws a `ScanError` when no page holds a report table (a photo, a blank page): never a report of blanks.
 */
export async function readScanPages(
  rasters: AsyncIterable<Raster> | Iterable<Raster>,
  pageCount: number,
  recognizer: Recognizer,
  options: ScanOptions = {},
): Promise<OcrDraft> {
  const pages: ScannedPage[] = [];
  let n = 0;
  for await (const raster of rasters) {
    n++;
    options.signal?.throwIfAborted();
    const page = await readPage(n, raster, recognizer, (cell, cells) => {
      options.signal?.throwIfAborted();
      options.onProgress?.({ page: n, pages: pageCount, cell, cells });
    });
    pages.push(page);
  }
  const locale = options.locale ?? 'zh';
  const noTable = () =>
    new ScanError('scan.no-table', scanMessage('scan.no-table', locale, { pages: n }).message);
  if (!pages.some((p) => p.cells.some((c) => c.kind === 'figure'))) throw noTable();
  const draft = draftOf(pages, options);
  if (Object.keys(draft.cells).length === 0) throw noTable();
  draft.diagnostics.unshift(scanMessage('scan.ocr', locale, {}));
  if (options.crop) {
    for (const item of draft.toConfirm) {
      if (item.page === undefined || item.box === undefined) continue;
      const page = pages[item.page - 1]!;
      // A little of the cell's surroundings: its ruling lines show which cell it is.
      const m = Math.round(3 * page.unit);
      const { width, height } = page.image;
      const box = {
        x0: Math.max(0, item.box.x0 - m),
        y0: Math.max(0, item.box.y0 - m),
        x1: Math.min(width - 1, item.box.x1 + m),
        y1: Math.min(height - 1, item.box.y1 + m),
      };
      item.crop = await options.crop(page.image, box);
    }
  }
  return draft;
}
