import type { ImportOptions } from '../diagnostics.js';
import { decodeText, isPdf, isZip, looksBinary, officeKind, toBytes } from './bytes.js';
import { importCsv, isLongFormCsv } from './csv.js';
import { DiagnosticCollector } from './diagnostics/collector.js';
import { importHtml } from './html.js';
import { importJson } from './json.js';
import { readLines } from './read-lines.js';
import type { ImportResult } from './result.js';
import { importText } from './text.js';

type Kind = ImportResult['kind'];

const HTML = /<(?:!doctype\s+html|html|head|body|table|p|div|span|br|meta|article)\b/i;

/** The kind of a text input, by its content first and its file name as a hint. */
export function sniffText(text: string, filename?: string): Kind {
  const head = text
    .slice(0, 4096)
    .replace(/^\ufeff/, '')
    .trimStart();
  const ext = filename?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (head.startsWith('{')) return 'json';
  if (isLongFormCsv(head)) return 'csv';
  if (head.startsWith('<') && HTML.test(head)) return 'html';
  if (ext === 'json') return 'json';
  if (ext === 'csv') return 'csv';
  if (ext === 'html' || ext === 'htm' || ext === 'shtml' || ext === 'xhtml') return 'html';
  if (HTML.test(head) && /<\/(?:p|div|td|table|span)>/i.test(head)) return 'html';
  return 'text';
}

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
      if (office === 'xlsx') return (await import('./xlsx.js')).importXlsx(bytes, options);
      return (await import('./docx.js')).importDocx(bytes, options);
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
