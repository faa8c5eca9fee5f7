/**
 * @gongkai/ocr: reads scanned reports (a PDF of page images, JPEG or PNG pages) by OCR into a draft that a
 * person confirms. Its own package, so that nobody else installs tesseract and its language data.
 * This entry is free of Node APIs (pages come in as rasters); `@gongkai/ocr/node` renders PDFs, decodes
 * images and finds the language data in the installed packages.
 */

export { CONFIRM_TITLE, type ConfirmReason, LOW_CONFIDENCE, reasonText } from './confirm.js';
export { draftOf, figureValue, type OcrCell, type OcrDraft, type ToConfirm } from './draft.js';
export type { Box } from './grid.js';
export type { Gray, Raster } from './raster.js';
export { type LanguagePaths, type Reading, Recognizer } from './recognizer.js';
export { readScanPages, ScanError, type ScanOptions, type ScanProgress } from './scan.js';
