import type { Report } from '@gongkai/schema';
import type { ImportOptions } from '../diagnostics.js';
import { DiagnosticCollector } from './collector.js';
import { textToLines } from './lines.js';
import { readLines } from './read-lines.js';
import { reflowLines } from './reflow.js';
import type { ImportResult } from './result.js';

/**
 * Reads a report from plain text (copied from a page or PDF, our text export, or Markdown). The line walk
 * reads a text whose lines are the table's rows; when it finds the report incomplete, the text is read
 * again by its labels, whatever its line breaks (`reflowLines`), and that reading is kept if it places
 * more figures. A report read whole by its lines is thus read exactly as before, diagnostics included.
 */
export function importText(text: string, options: ImportOptions = {}): ImportResult {
  const locale = options.locale ?? 'zh';
  const byLines = readLines(textToLines(text), options, new DiagnosticCollector(locale));
  if (!incomplete(byLines.diagnostics)) return { ...byLines, kind: 'text' };
  const byLabels = readLines(reflowLines(text), options, new DiagnosticCollector(locale));
  const better = figuresIn(byLabels.report) > figuresIn(byLines.report);
  return { ...(better ? byLabels : byLines), kind: 'text' };
}

/** Whether a reading left rows, sections or figures unread (a warning or an error says so). */
function incomplete(diagnostics: readonly { severity: string }[]): boolean {
  return diagnostics.some((d) => d.severity !== 'info');
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
