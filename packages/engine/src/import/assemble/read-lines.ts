import type { Locale, Report } from '@gongkai/schema';
import type { Diagnostic } from '../../diagnostics.js';
import { DiagnosticCollector } from '../diagnostics/collector.js';
import type { Line } from '../lines/lines.js';
import { walkLines } from '../walk/walk.js';
import { type AssembleOptions, assemble } from './assemble.js';

/** Reads lines of cells (from any input format) into a report with its diagnostics. */
export function readLines(
  lines: readonly Line[],
  options: AssembleOptions & { locale?: Locale },
  collector = new DiagnosticCollector(options.locale ?? 'zh'),
): { report: Report; diagnostics: Diagnostic[] } {
  const walk = walkLines(lines, collector);
  const report = assemble(walk, lines, collector, options);
  return { report, diagnostics: collector.done() };
}
