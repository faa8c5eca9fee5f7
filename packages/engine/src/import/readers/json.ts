import { parseReport } from '@gongkai/schema';
import type { ImportOptions } from '../../diagnostics.js';
import { readLines } from '../assemble/read-lines.js';
import { DiagnosticCollector } from '../diagnostics/collector.js';
import type { ImportResult } from '../result.js';
import { reportWithInvalidCells } from './json-cells.js';

/** Reads a report's JSON, checking it against the schema; problems come back as located diagnostics. */
export function importJson(text: string, options: ImportOptions = {}): ImportResult {
  const locale = options.locale ?? 'zh';
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    return invalid(String((error as Error).message ?? error), options);
  }
  const parsed = parseReport(data, { locale });
  if (parsed.success) return { report: parsed.report, diagnostics: [], kind: 'json' };
  if (options.keepInvalidCells) {
    // Only cell values are wrong: check the report, each bad value a located `cell.invalid` finding.
    const report = reportWithInvalidCells(data, parsed.problems);
    if (report) return { report, diagnostics: [], kind: 'json' };
  }
  const collector = new DiagnosticCollector(locale);
  for (const p of parsed.problems.slice(0, 50)) {
    collector.add('json.invalid', { detail: `${p.path || '(report)'}: ${p.message}` }, { path: p.path });
  }
  const empty = readLines([], { ...options, quiet: true }, collector);
  return { ...empty, kind: 'json' };
}

function invalid(detail: string, options: ImportOptions): ImportResult {
  const collector = new DiagnosticCollector(options.locale ?? 'zh');
  collector.add('json.invalid', { detail: detail.slice(0, 200) });
  return { ...readLines([], { ...options, quiet: true }, collector), kind: 'json' };
}
