import type { Diagnostic } from '../../diagnostics.js';

/**
 * Diagnostic codes after which an import holds no report to check: the input is unreadable, not merely
 * flawed (a scan 「这是扫描件」, an undecodable text layer, a locked or damaged PDF, a file of no known
 * kind). Every caller (the CLI's batch, the demo's import) reports the file instead of checking blanks.
 */
const NOTHING_READ = new Set([
  'input.empty',
  'input.unrecognized',
  'json.invalid',
  'pdf.scanned',
  'pdf.no-text',
  'pdf.unreadable',
  'pdf.encrypted',
  'pdf.corrupt',
  'pdf.timeout',
]);

/** The errors that say nothing usable was read, in the order given (none: there is a report). */
export function nothingRead(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error' && NOTHING_READ.has(d.code));
}
