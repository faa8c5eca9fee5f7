import type { Diagnostic, ImportOptions } from '@gongkai/engine';
import { importText, validate } from '@gongkai/engine';
import { formatsOf, getCell, layoutOf, type Report, setCell } from '@gongkai/schema';
import { sumsOf } from './checks.js';
import { type ConfirmReason, LOW_CONFIDENCE, reasonText } from './confirm.js';
import type { Box } from './grid.js';
import { codeIndex, scanToText } from './lines.js';
import { scanMessage } from './messages.js';
import type { ScannedPage } from './page-reader.js';
import { placeInPrintedOrder } from './printed-order.js';

/** A figure of the draft and where on the scan it was read. */
export interface OcrCell {
  address: string;
  value: number | null;
  /** The characters tesseract read. */
  text: string;
  /** 0–100. */
  confidence: number;
  /** Where it was read; absent for a cell of a table read whose row was not found on the scan. */
  page?: number;
  /** In pixels of the straightened page (see `OcrDraft.pages` for its size and skew). */
  box?: Box;
}

/** A figure a person must confirm or correct, with why. */
export interface ToConfirm extends OcrCell {
  reasons: ConfirmReason[];
  /** The reasons in words (Chinese, or English with `locale: 'en'`). */
  message: string;
  /** The image of the cell (PNG in Node), when the reader was asked for crops. */
  crop?: Uint8Array;
}

/** What OCR gives: a report that is only a draft until every cell of `toConfirm` has been looked at. */
export interface OcrDraft {
  source: 'ocr';
  report: Report;
  /** Every figure placed, by address. */
  cells: Record<string, OcrCell>;
  /** 「请核对」: in the report's printed order. */
  toConfirm: ToConfirm[];
  diagnostics: Diagnostic[];
  pages: { page: number; skew: number; width: number; height: number }[];
}

/**
 * Places the scanned cells on the catalogue through the text importer, puts the readings in, runs the
 * arithmetic and lists what a person must confirm: figures that break a sum, figures read with low
 * confidence, figures no rule checks, figures not read, blanks, and rows placed by a guessed label.
 */
export function draftOf(pages: readonly ScannedPage[], options: ImportOptions = {}): OcrDraft {
  const locale = options.locale ?? 'zh';
  const { text, coded } = scanToText(pages);
  const lines = text.split('\n');
  let imported = importText(text, options);
  // A row whose label OCR garbled is placed by the closest label the importer names, and every figure
  // of it is then listed to confirm.
  const guessed = new Set<number>();
  for (const d of imported.diagnostics) {
    if (d.code !== 'row.not-found' || d.line === undefined || d.path === undefined || d.source === undefined)
      continue;
    const def = layoutOf(formatsOf(imported.report)).cells.find(
      (c) => `${c.table}.${c.rowAddress}` === d.path,
    );
    if (!def) continue;
    const cells = lines[d.line - 1]!.split('\t');
    // The row's own label is the last one before its figures (group labels come first).
    const labelAt = cells.findLastIndex((c) => c !== '' && !/^\d+$/.test(c));
    if (labelAt < 0) continue;
    cells[labelAt] = def.row.label.zh;
    lines[d.line - 1] = cells.join('\t');
    guessed.add(d.line);
  }
  if (guessed.size > 0) {
    imported = importText(lines.join('\n'), options);
  }
  const report = imported.report;
  const layout = layoutOf(formatsOf(report));
  placeInPrintedOrder(report, layout, coded);
  const cells: Record<string, OcrCell> = {};
  const reasons = new Map<string, Set<ConfirmReason>>();
  const flag = (address: string, reason: ConfirmReason) => {
    const set = reasons.get(address) ?? new Set();
    set.add(reason);
    reasons.set(address, set);
  };
  const used = new Set<number>();
  for (const def of layout.cells) {
    const placedValue = getCell(report, def.address);
    const at = codeIndex(placedValue, coded);
    if (at === undefined) {
      // A figure the importer found in a label's text: no scanned cell stands behind it, so it is not kept.
      if (placedValue !== null && placedValue !== undefined) {
        setCell(report, def.address, null);
        flag(def.address, 'unreadable');
      }
      continue;
    }
    const source = coded[at]!;
    used.add(at);
    const value = source.kind === 'figure' ? figureValue(source.text) : null;
    setCell(report, def.address, value);
    cells[def.address] = {
      address: def.address,
      value,
      text: source.text,
      confidence: source.confidence,
      page: source.page,
      box: source.box,
    };
    if (source.kind === 'blank') flag(def.address, 'blank');
    else if (value === null) flag(def.address, 'unreadable');
    else if (source.confidence < LOW_CONFIDENCE) flag(def.address, 'low-confidence');
    if (guessed.has(source.line)) flag(def.address, 'row-guessed');
  }
  // A cell of a table that was read but that no scanned cell reached (its row was not found) is blank
  // in the draft, and a person must say whether the scan prints it.
  const tablesRead = new Set(Object.keys(cells).map((a) => layout.cellByAddress.get(a)?.table));
  for (const def of layout.cells) {
    if (cells[def.address] || reasons.has(def.address) || !tablesRead.has(def.table)) continue;
    setCell(report, def.address, null);
    flag(def.address, 'not-found');
  }
  const { verified, broken } = sumsOf(report, layout);
  for (const address of Object.keys(cells)) {
    if (broken.has(address)) flag(address, 'sum');
    else if (!verified.has(address) && cells[address]!.value !== null) flag(address, 'unchecked');
  }
  // The format's other rules (beyond its sums) catch figures too: every cell an error names is listed.
  const sums = new Set(layout.equations.map((e) => e.rule));
  for (const finding of validate(report, { locale })) {
    if (finding.severity !== 'error') continue;
    for (const address of [finding.path, ...(finding.related ?? [])])
      if (cells[address]) flag(address, sums.has(finding.rule) ? 'sum' : 'rule');
  }
  const diagnostics = [...imported.diagnostics];
  coded.forEach((c, i) => {
    if (!used.has(i) && c.kind === 'figure')
      diagnostics.push(scanMessage('scan.figure-unplaced', locale, { page: c.page, text: c.text }));
  });
  const toConfirm: ToConfirm[] = [];
  for (const def of layout.cells) {
    const why = reasons.get(def.address);
    if (!why) continue;
    const list = [...why];
    const cell = cells[def.address] ?? { address: def.address, value: null, text: '', confidence: 0 };
    toConfirm.push({ ...cell, reasons: list, message: reasonText(list, locale) });
  }
  return {
    source: 'ocr',
    report,
    cells,
    toConfirm,
    diagnostics,
    pages: pages.map((p) => ({ page: p.page, skew: p.skew, width: p.image.width, height: p.image.height })),
  };
}

/** A figure's reading as a number, or null when it is not one (a blank is never 0). */
export function figureValue(text: string): number | null {
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  // A leading zero before other digits is a misread (a stain, a ruling line), not a figure.
  if (/^0\d/.test(text)) return null;
  return Number(text);
}
