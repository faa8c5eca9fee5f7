/**
 * Reads a scan by OCR, on request (「用文字识别（OCR）读取」): `@gongkai/ocr` in a Web Worker of its own, a
 * lazy chunk like this module; tesseract's files are the app's static files (vite/ocr-assets.ts). A PDF's
 * pages are rendered here by pdf.js, one at a time as the worker asks, at 200 dpi (the reader gets every
 * figure of the corpus' report right at 200 dpi in its measurements, in about half the time of 300).
 */
import type { OcrReview } from '@gongkai/components';
import type { Diagnostic } from '@gongkai/engine';
import type { PdfjsModule } from '@gongkai/engine/pdf';
import type { OcrDraft, ScanProgress } from '@gongkai/ocr/browser';
import type { Locale, Report } from '@gongkai/schema';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { isPdf } from './import-input.js';
import type { FromWorker, ToWorker } from './ocr-protocol.js';

const DPI = 200;

/** Where the reading is: loading tesseract, or page and cell. */
export type OcrProgress = { stage: 'loading' } | ({ stage: 'reading' } & ScanProgress);

/** A finished reading: the draft report, what the importer said, and the cells to confirm. */
export interface OcrResult {
  report: Report;
  diagnostics: Diagnostic[];
  ocr: OcrReview;
}

/** A reading under way: `cancel` terminates the worker (tesseract's workers with it). */
export interface OcrRun {
  result: Promise<OcrResult>;
  cancel(): void;
}

/** The reason a cancelled run's promise rejects with. */
export class OcrCancelled extends Error {}

/** A failure the reader explains in words (a page that is not a report). */
export class OcrFailed extends Error {}

export function readByOcr(
  bytes: ArrayBuffer,
  name: string,
  locale: Locale,
  onProgress: (progress: OcrProgress) => void,
): OcrRun {
  const worker = new Worker(new URL('./ocr-worker.ts', import.meta.url), { type: 'module', name: 'ocr' });
  let cancel: () => void = () => {};
  const result = new Promise<OcrResult>((resolve, reject) => {
    let pdf: PdfDocument | undefined;
    const stop = (error: Error) => {
      worker.terminate();
      void pdf?.destroy();
      reject(error);
    };
    cancel = () => stop(new OcrCancelled());
    worker.onerror = (event) => stop(new Error(event.message || 'OCR worker failed'));
    worker.onmessage = async (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'loading') onProgress({ stage: 'loading' });
      else if (message.type === 'progress') onProgress({ stage: 'reading', ...message.progress });
      else if (message.type === 'need-page' && pdf) {
        try {
          const raster = await renderPage(pdf, message.n);
          send({ type: 'page', n: message.n, raster }, [raster.data.buffer as ArrayBuffer]);
        } catch (error) {
          stop(error as Error);
        }
      } else if (message.type === 'done') {
        worker.terminate();
        void pdf?.destroy();
        resolve(resultOf(message.draft));
      } else if (message.type === 'failed')
        stop(message.scan ? new OcrFailed(message.message) : new Error(message.message));
    };
    const send = (message: ToWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
    const assets = new URL('ocr/', document.baseURI).href;
    const common = {
      locale,
      filename: name,
      assets: {
        workerPath: `${assets}worker.min.js`,
        corePath: `${assets}core/`,
        lang: { eng: `${assets}lang`, chi_sim: `${assets}lang` },
      },
    };
    if (!isPdf(bytes)) {
      const image = new Uint8Array(bytes.slice(0));
      send({ type: 'read', image, pages: 1, ...common }, [image.buffer]);
      return;
    }
    openPdf(bytes)
      .then((doc) => {
        pdf = doc;
        send({ type: 'read', pages: doc.numPages, ...common });
      })
      .catch((error: Error) => stop(error));
  });
  return { result, cancel: () => cancel() };
}

type PdfDocument = Awaited<ReturnType<PdfjsModule['getDocument']>['promise']>;

async function openPdf(bytes: ArrayBuffer): Promise<PdfDocument> {
  const pdfjs = (await import('pdfjs-dist')) as unknown as PdfjsModule;
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  const assets = new URL('pdfjs/', document.baseURI).href;
  return pdfjs.getDocument({
    data: new Uint8Array(bytes.slice(0)),
    isEvalSupported: false,
    cMapUrl: `${assets}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${assets}standard_fonts/`,
  } as never).promise;
}

async function renderPage(pdf: PdfDocument, n: number) {
  const page = await pdf.getPage(n);
  const viewport = page.getViewport({ scale: DPI / 72 });
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(viewport.width);
  canvas.height = Math.ceil(viewport.height);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvasContext: context, viewport, canvas } as never).promise;
  const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
  page.cleanup();
  return { data, width, height };
}

/** The draft for the editor: crops as `data:` URLs, so a saved draft keeps them. */
function resultOf(draft: OcrDraft): OcrResult {
  return {
    report: draft.report,
    diagnostics: draft.diagnostics,
    ocr: {
      toConfirm: draft.toConfirm.map(({ crop, reasons: _reasons, text: _text, box: _box, ...item }) => ({
        ...item,
        ...(crop ? { crop: `data:image/png;base64,${base64(crop)}` } : {}),
      })),
    },
  };
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
