/** @gongkai/ocr in Node: scans read from their bytes (PDF rendered by pdf.js on @napi-rs/canvas, or images). */

export * from './index.js';
export { languagePaths, type ReadScanOptions, readScan } from './node/read-scan.js';
export { cropPng, decodeImage, isPdf, renderPdf } from './node/render.js';
