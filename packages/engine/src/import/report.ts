import type { ImportOptions } from '../diagnostics.js';
import { readLines } from './assemble/read-lines.js';
import { DiagnosticCollector } from './diagnostics/collector.js';
import { importCsv } from './readers/csv.js';
import { importHtml } from './readers/html.js';
import { importJson } from './readers/json.js';
import { importText } from './readers/text.js';
import type { ImportResult } from './result.js';
import { decodeText, isPdf, isZip, looksBinary, officeKind, toBytes } from './sniff/bytes.js';
import { sniffText } from './sniff/kind.js';

/**
 * Reads a report from whatever it comes as: text, HTML, our CSV or JSON as a string; a .docx, .xlsx or .pdf
 * (or text in UTF-8/GB18030) as bytes. The heavy readers load only when a Word, Excel or PDF file arrives.
 */
export async function importReport(
  input: string | Uint8Array | ArrayBuffer,
  options: ImportOptions = {},
): Promise<ImportResult> {
  if (typeof input !== 'string') {
    const bytes = toBytes(input);
    if (isZip(bytes)) {
      const office =
        officeKind(bytes) ?? (options.filename?.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'docx');
      if (office === 'xlsx') return (await import('./readers/xlsx.js')).importXlsx(bytes, options);
      return (await import('./readers/docx.js')).importDocx(bytes, options);
    }
    // A PDF is read by its own entry (pdf.js), loaded only when a PDF arrives.
    if (isPdf(bytes)) return (await import('../pdf/import-pdf.js')).importPdf(bytes, options);
    const text = decodeText(bytes);
    if (looksBinary(text)) return unrecognized('binary', options);
    return importString(text, options);
  }
  return importString(input, options);
}

function importString(text: string, options: ImportOptions): ImportResult {
  if (text.trim() === '') return empty(options);
  if (looksBinary(text)) return unrecognized('binary', options);
  const kind = sniffText(text, options.filename);
  if (kind === 'json') return importJson(text, options);
  if (kind === 'csv') return importCsv(text, options);
  if (kind === 'html') return importHtml(text, options);
  return importText(text, options);
}

function empty(options: ImportOptions): ImportResult {
  const collector = new DiagnosticCollector(options.locale ?? 'zh');
  collector.add('input.empty', {});
  return { ...readLines([], { ...options, quiet: true }, collector), kind: 'text' };
}

function unrecognized(what: 'binary', options: ImportOptions): ImportResult {
  const collector = new DiagnosticCollector(options.locale ?? 'zh');
  collector.add('input.unrecognized', { what });
  return { ...readLines([], { ...options, quiet: true }, collector), kind: 'text' };
}
