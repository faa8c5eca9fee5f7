import type { Report } from '@gongkai/schema';
import type { ImportOptions } from '../../diagnostics.js';
import { readLines } from '../assemble/read-lines.js';
import type { ImportDiagnosticCode } from '../diagnostics/catalogue.js';
import { DiagnosticCollector } from '../diagnostics/collector.js';
import { type Line, textToLines } from '../lines/lines.js';
import { reflowLines } from '../lines/reflow.js';
import type { ImportResult } from '../result.js';

/**
 * Reads a report from plain text (copied from a page or PDF, our text export, or Markdown). The line walk
 * reads a text whose lines are the table's rows; when it finds the report incomplete, the text is read
 * again by its labels, whatever its line breaks (`reflowLines`), and that reading is kept if it places
 * more figures. A report read whole by its lines is thus read exactly as before, diagnostics included.
 */
export function importText(text: string, options: ImportOptions = {}): ImportResult {
  const locale = options.locale ?? 'zh';
  const lines = textToLines(text);
  if (lines.length <= FEW_LINES && !rowsOnLines(lines)) {
    // The report on a line or two: read by the labels first (the line walk would find nothing).
    const byLabels = readLines(reflowLines(text), options, new DiagnosticCollector(locale));
    if (figuresIn(byLabels.report) > 0) return { ...byLabels, kind: 'text' };
  }
  const byLines = readLines(lines, options, new DiagnosticCollector(locale));
  if (!incomplete(byLines.diagnostics)) return { ...byLines, kind: 'text' };
  const byLabels = readLines(reflowLines(text), options, new DiagnosticCollector(locale));
  const better = figuresIn(byLabels.report) > figuresIn(byLines.report);
  return { ...(better ? byLabels : byLines), kind: 'text' };
}

// A report on this many lines or fewer has lost its line breaks.
const FEW_LINES = 5;
// Fewer lines of several cells than this (section 二 alone prints six rows) and the table is not on lines.
const MIN_ROW_LINES = 6;

/** Whether table rows stand on lines of their own: lines of several cells (tabs, `|`, figures after words). */
function rowsOnLines(lines: readonly Line[]): boolean {
  let rows = 0;
  for (const line of lines) if (line.cells.length > 1 && ++rows >= MIN_ROW_LINES) return true;
  return false;
}

// Warnings about the report rather than the reading: a table in the other year's format is read whole.
const ABOUT_THE_REPORT: ReadonlySet<string> = new Set<ImportDiagnosticCode>(['table.other-format']);

/**
 * Whether a reading left rows, sections or figures unread (a warning or an error says so). A report read
 * whole must not be read again by labels: that reading drops the column headers and, where they told a
 * table's format, could take the other one and cut its figures (106 of a 2021 row read as 1, 0, 6).
 */
function incomplete(diagnostics: readonly { severity: string; code: string }[]): boolean {
  return diagnostics.some((d) => d.severity !== 'info' && !ABOUT_THE_REPORT.has(d.code));
}

/** How many cells of the report hold a figure. */
function figuresIn(report: Report): number {
  let n = 0;
  const count = (node: unknown): void => {
    if (typeof node === 'number') n++;
    else if (node && typeof node === 'object') for (const v of Object.values(node)) count(v);
  };
  count(report.activeDisclosure);
  count(report.applications);
  count(report.appeals);
  return n;
}
