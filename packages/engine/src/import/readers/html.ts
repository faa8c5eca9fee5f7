import type { ImportOptions } from '../../diagnostics.js';
import { readLines } from '../assemble/read-lines.js';
import { DiagnosticCollector } from '../diagnostics/collector.js';
import type { ImportResult } from '../result.js';
import { htmlToLines } from './html-lines.js';
import { reportContainer } from './page.js';

/** Reads a report from an HTML page as portals publish it (CMS markup, nested tables, spans); no DOM needed. */
export function importHtml(html: string, options: ImportOptions = {}): ImportResult {
  const collector = new DiagnosticCollector(options.locale ?? 'zh');
  const { body, outside, before } = reportContainer(htmlToLines(html));
  if (outside > 0) collector.add('text.outside', { count: outside });
  return { ...readLines(body, { ...options, titleLines: before }, collector), kind: 'html' };
}
