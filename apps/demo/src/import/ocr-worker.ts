/**
 * The OCR worker: `@gongkai/ocr` reading a scan off the page's thread, tesseract's own workers nested in
 * it. Terminating this worker stops everything (the 取消 button). Pictures are decoded here; a PDF's
 * pages come from the page, which renders them with pdf.js, one at a time as they are asked for.
 */
import {
  browserRecognizer,
  cropPngInBrowser,
  decodeImageInBrowser,
  type Raster,
  readScanPages,
  ScanError,
} from '@gongkai/ocr/browser';
import type { FromWorker, ToWorker } from './ocr-protocol.js';

const waiting = new Map<number, (raster: Raster) => void>();
const post = (message: FromWorker, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

async function* pdfPages(count: number): AsyncIterable<Raster> {
  for (let n = 1; n <= count; n++) {
    yield await new Promise<Raster>((resolve) => {
      waiting.set(n, resolve);
      post({ type: 'need-page', n });
    });
  }
}

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'page') {
    waiting.get(message.n)?.(message.raster);
    waiting.delete(message.n);
    return;
  }
  try {
    post({ type: 'loading' });
    const recognizer = await browserRecognizer(message.assets);
    try {
      const rasters = message.image ? [await decodeImageInBrowser(message.image)] : pdfPages(message.pages);
      const draft = await readScanPages(rasters, message.pages, recognizer, {
        locale: message.locale,
        filename: message.filename,
        onProgress: (progress) => post({ type: 'progress', progress }),
        crop: cropPngInBrowser,
      });
      post(
        { type: 'done', draft },
        draft.toConfirm.flatMap((c) => (c.crop ? [c.crop.buffer as ArrayBuffer] : [])),
      );
    } finally {
      await recognizer.close();
    }
  } catch (error) {
    post({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
      scan: error instanceof ScanError,
    });
  }
};
