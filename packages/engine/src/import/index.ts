import type { Report } from '@gongkai/schema';
import type { Diagnostic, ImportOptions } from '../diagnostics.js';
import { DiagnosticCollector } from './collector.js';
import { textToLines } from './lines.js';
import { readLines } from './read-lines.js';

/** What an import gives back: the report, what was noticed on the way, and the kind of input read. */
export interface ImportResult {
  report: Report;
  diagnostics: Diagnostic[];
  kind: 'text' | 'html' | 'csv' | 'json' | 'docx' | 'xlsx';
}

/** Reads a report from plain text (copied from a page or PDF, our text export, or Markdown). */
export function importText(text: string, options: ImportOptions = {}): ImportResult {
  const collector = new DiagnosticCollector(options.locale ?? 'zh');
  const lines = textToLines(text);
  return { ...readLines(lines, options, collector), kind: 'text' };
}
