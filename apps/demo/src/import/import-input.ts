/**
 * Turns what the user gave (pasted text, a dropped file's bytes) into a report with the importer's
 * diagnostics, keeping the text so the diagnostics can point at its lines.
 */
import { type Diagnostic, decodeText, importReport, nothingRead } from '@gongkai/engine';
import type { PdfImportResult } from '@gongkai/engine/pdf';
import type { Locale, Report } from '@gongkai/schema';
import type { DraftSource, ImportedOriginal } from '../drafts/draft.js';
import { ocrWords } from './ocr-messages.js';
import { forgetScan, offerScan } from './scan-offer.js';

export interface ImportedInput {
  report: Report;
  diagnostics: Diagnostic[];
  source?: DraftSource;
  /** A PDF's bytes and where each figure is printed, kept so a finding can show its page. */
  original?: ImportedOriginal;
}

/** Thrown when the input holds no report; its message is the importer's own explanation. */
export class UnusableInput extends Error {}

/**
 * Extensions whose bytes are decoded to text here, with the engine's own decoder (BOMs, UTF-16, UTF-8, else
 * GB 18030), so the text shown is the text the importer numbered the diagnostics' lines of.
 */
const textual = /\.(txt|text|html?|json|md|csv)$/i;

/** Imports text or bytes; `name` is the file name (empty for pasted text) and selects the reader. */
export async function importInput(
  input: string | ArrayBuffer,
  name: string,
  locale: Locale,
): Promise<ImportedInput> {
  forgetScan();
  if (typeof input !== 'string' && isPicture(input)) {
    // A JPEG or PNG page: nothing to read but by OCR, which the import screen then offers.
    offerScan(input, name);
    throw new UnusableInput(ocrWords(locale).image);
  }
  const text =
    typeof input === 'string' ? input : textual.test(name) ? decodeText(new Uint8Array(input)) : undefined;
  const result =
    typeof input !== 'string' && isPdf(input)
      ? await (await import('./pdf-reader.js')).importPdfFile(input, name, locale)
      : await importReport(text ?? input, {
          locale,
          ...(name ? { filename: name } : {}),
          // The one clock of the import: a report naming no year is taken as last year's.
          today: new Date(),
        });
  const fatal = nothingRead(result.diagnostics);
  if (fatal.length > 0) {
    if (typeof input !== 'string' && fatal.some((d) => d.code === 'pdf.scanned')) offerScan(input, name);
    throw new UnusableInput(
      fatal
        .slice(0, 3)
        .map((d) => d.message)
        .join('；'),
    );
  }
  return {
    report: result.report,
    diagnostics: result.diagnostics,
    source: { name, kind: result.kind, ...(text !== undefined ? { text } : {}) },
    ...(result.kind === 'pdf' && 'sources' in result && typeof input !== 'string'
      ? { original: originalOf(input, result as PdfImportResult) }
      : {}),
  };
}

function originalOf(bytes: ArrayBuffer, result: PdfImportResult): ImportedOriginal {
  return { bytes, sources: result.sources, pageCount: result.pageCount };
}

/** Whether bytes are a PDF (`%PDF` first), whatever the file is called: its reader is then loaded. */
export function isPdf(bytes: ArrayBuffer): boolean {
  const head = new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength));
  return head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44 && head[3] === 0x46;
}

/** Whether bytes are a JPEG or PNG picture (by their signature, whatever the file is called). */
function isPicture(bytes: ArrayBuffer): boolean {
  const head = new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength));
  const jpeg = head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff;
  const png = head[0] === 0x89 && head[1] === 0x50 && head[2] === 0x4e && head[3] === 0x47;
  return jpeg || png;
}
