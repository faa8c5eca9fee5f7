/**
 * PDFs in the browser: pdf.js parses in its own worker; the character maps and standard fonts are static
 * files of the app (vite/pdfjs-assets.ts). This module and pdf.js load only when a PDF arrives.
 */
import { importPdf, type PdfImportResult, type PdfjsModule } from '@gongkai/engine/pdf';
import type { Locale } from '@gongkai/schema';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

export async function importPdfFile(
  bytes: ArrayBuffer,
  name: string,
  locale: Locale,
): Promise<PdfImportResult> {
  const pdfjs = (await import('pdfjs-dist')) as unknown as PdfjsModule;
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  const assets = new URL('pdfjs/', document.baseURI).href;
  return importPdf(bytes, {
    locale,
    ...(name ? { filename: name } : {}),
    pdfjs,
    cMapUrl: `${assets}cmaps/`,
    standardFontDataUrl: `${assets}standard_fonts/`,
  });
}
