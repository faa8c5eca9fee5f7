import type { Diagnostic, ImportOptions } from '../diagnostics.js';
import { assemble } from '../import/assemble/assemble.js';
import { readLines } from '../import/assemble/read-lines.js';
import { DiagnosticCollector } from '../import/diagnostics/collector.js';
import type { ImportResult } from '../import/result.js';
import { toBytes } from '../import/sniff/bytes.js';
import { walkLines } from '../import/walk/walk.js';
import type { PageGeometry, PdfBox } from './geometry.js';
import { layOut, type PdfLine } from './layout.js';
import { pageWords, pdfMessage } from './messages.js';
import { pagesNeedingOperators } from './operator-pages.js';
import { type PdfReaderOptions, readPdf } from './pdfjs.js';
import { isImagePage, legibilityOf } from './readable.js';
import { type Run, runsOf } from './runs.js';
import { sourcesOf } from './sources.js';
import { onSheet, type PrintedPages, printedPages } from './two-up.js';

export interface PdfImportOptions extends ImportOptions, Omit<PdfReaderOptions, 'operatorsFor'> {}

/** An import of a PDF: the report, with the page and box every placed figure was read from. */
export interface PdfImportResult extends ImportResult {
  kind: 'pdf';
  /** Cell address → where its figure is printed (page, box in points from the page's top-left). */
  sources: Record<string, PdfBox>;
  /** Pages in the file (more than were read when capped). */
  pageCount: number;
}

/**
 * Reads a report from a PDF's text layer: rows found by the catalogue's labels, figures put in columns by
 * the ruling lines (or the alignment of full rows), prose rejoined. Deterministic: no model, no network.
 * A scan, an undecodable text layer, an encrypted or damaged file is said so, located, and never guessed.
 */
export async function importPdf(
  input: Uint8Array | ArrayBuffer,
  options: PdfImportOptions = {},
): Promise<PdfImportResult> {
  const locale = options.locale ?? 'zh';
  // The runs made to choose the pages whose ruling lines are read serve the layout too.
  let runs: Run[][] | undefined;
  const operatorsFor = (pages: readonly PageGeometry[]) => {
    runs = runsOf(pages);
    return pagesNeedingOperators(pages, runs);
  };
  const read = await readPdf(toBytes(input), { ...options, operatorsFor });
  if (read.status !== 'ok') {
    const seconds = Math.round((options.timeoutMs ?? 30_000) / 1000);
    const result = failed(`pdf.${read.status}`, { seconds }, options, 0);
    // What pdf.js said of a damaged file, as a secondary detail.
    if ('detail' in read && read.detail) result.diagnostics[0]!.source = read.detail.slice(0, 200);
    return result;
  }
  const legibility = legibilityOf(read.pages);
  if (legibility.status === 'scanned')
    return failed(
      'pdf.scanned',
      { pages: legibility.pages.length || read.pages.length },
      options,
      read.pageCount,
    );
  if (legibility.status === 'no-text') return failed('pdf.no-text', {}, options, read.pageCount);
  if (legibility.status === 'unreadable')
    return failed('pdf.unreadable', { share: legibility.share }, options, read.pageCount);

  // A sheet printed two-up is read as its two pages; every box is put back on its sheet.
  const printed = printedPages(read.pages);
  const { lines } = layOut(printed.pages, printed.split ? undefined : runs);
  if (printed.split) for (const line of lines) backOnSheets(line, printed);
  const collector = new DiagnosticCollector(locale);
  const plain = lines.map((l) => l.line);
  const walk = walkLines(plain, collector);
  const report = assemble(walk, plain, collector, options);
  const { sources, unsure } = sourcesOf(report, walk, lines);
  const diagnostics = collector.done().map((d) => located(d, lines, locale));
  if (read.pageCount > read.pages.length) {
    diagnostics.unshift({
      code: 'pdf.pages-capped',
      severity: 'warning',
      message: pdfMessage('pdf.pages-capped', { count: read.pageCount, read: read.pages.length }, locale),
    });
  }
  // Some pages images among pages of text (a table pasted in as a picture): what they print is not read.
  const images = read.pages.filter(isImagePage).map((p) => p.page);
  if (images.length > 0)
    diagnostics.unshift({
      code: 'pdf.image-pages',
      severity: 'warning',
      message: pdfMessage('pdf.image-pages', { pages: images.join(locale === 'en' ? ', ' : '、') }, locale),
      page: images[0]!,
    });
  for (const page of read.pages) {
    if (!page.aside) continue;
    diagnostics.push({
      code: 'pdf.text-aside',
      severity: 'info',
      message: pdfMessage('pdf.text-aside', { page: page.page, ...page.aside }, locale),
      page: page.page,
      source: page.aside.sample,
    });
  }
  for (const u of unsure) {
    const box = u.line.cells[u.column];
    const page = box?.page ?? u.line.box?.page ?? 0;
    diagnostics.push({
      code: 'pdf.cell-unsure',
      severity: 'warning',
      message: pdfMessage(
        'pdf.cell-unsure',
        { page, row: u.line.line.cells[0] ?? '', column: u.column },
        locale,
      ),
      path: u.path,
      page,
      ...(box ? { box } : {}),
      source: u.line.line.text.slice(0, 200),
    });
  }
  turnBoxes(read.pages, sources, diagnostics);
  return { report, diagnostics, kind: 'pdf', sources, pageCount: read.pageCount };
}

function backOnSheets(line: PdfLine, printed: PrintedPages): void {
  if (line.box) line.box = onSheet(line.box, printed);
  line.cells = line.cells.map((box) => (box ? onSheet(box, printed) : box));
}

/** Each box on a page that was turned to be read says so, for a viewer to show the page the same way. */
function turnBoxes(
  pages: readonly PageGeometry[],
  sources: Record<string, PdfBox>,
  diagnostics: Diagnostic[],
): void {
  const turned = (box: PdfBox) => {
    const turn = pages[box.page - 1]?.turn;
    return turn ? { ...box, turn } : box;
  };
  if (!pages.some((p) => p.turn)) return;
  for (const [address, box] of Object.entries(sources)) sources[address] = turned(box);
  for (const d of diagnostics) if (d.box) d.box = turned(d.box);
}

/** A diagnostic located by page (and box) instead of the line the reader built. */
function located(d: Diagnostic, lines: readonly PdfLine[], locale: 'zh' | 'en'): Diagnostic {
  if (d.line === undefined) return d;
  const box = lines[d.line - 1]?.box;
  const { line, ...rest } = d;
  if (!box) return rest;
  const where = pageWords(box.page, locale);
  const lineWords = locale === 'en' ? new RegExp(`\\bline ${line}\\b`, 'i') : new RegExp(`第 ${line} 行`);
  const message = lineWords.test(d.message)
    ? d.message.replace(lineWords, where)
    : `${where}${locale === 'en' ? ': ' : '：'}${d.message}`;
  return { ...rest, message, page: box.page, box };
}

function failed(
  code: string,
  params: Record<string, string | number>,
  options: ImportOptions,
  pageCount: number,
): PdfImportResult {
  const locale = options.locale ?? 'zh';
  const collector = new DiagnosticCollector(locale);
  const empty = readLines([], { ...options, quiet: true }, collector);
  const diagnostic: Diagnostic = { code, severity: 'error', message: pdfMessage(code, params, locale) };
  return { ...empty, diagnostics: [diagnostic, ...empty.diagnostics], kind: 'pdf', sources: {}, pageCount };
}
