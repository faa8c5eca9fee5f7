import type { ImportOptions } from '../diagnostics.js';
import { DiagnosticCollector } from './collector.js';
import { textToLines } from './lines.js';
import { readLines } from './read-lines.js';
import type { ImportResult } from './result.js';

/** Reads a report from plain text (copied from a page or PDF, our text export, or Markdown). */
export function importText(text: string, options: ImportOptions = {}): ImportResult {
  const collector = new DiagnosticCollector(options.locale ?? 'zh');
  return { ...readLines(textToLines(text), options, collector), kind: 'text' };
}
