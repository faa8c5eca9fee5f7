/**
 * `@gongkai/engine/pdf`: reads report PDFs through pdf.js (pdfjs-dist). Kept apart so the core and the
 * components' bundles do not grow; `importReport` loads it when a PDF arrives.
 */
export type { PdfBox } from './pdf/geometry.js';
export { importPdf, type PdfImportOptions, type PdfImportResult } from './pdf/import-pdf.js';
export type { PdfjsModule, PdfReaderOptions } from './pdf/pdfjs.js';
