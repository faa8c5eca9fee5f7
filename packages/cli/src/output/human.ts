import type { Diagnostic, Finding } from '@gongkai/engine';
import { bySeverity, type Locale, type Severity } from '@gongkai/schema';
import type { Checked } from '../batch/check.js';
import { type Colors, colors as makeColors } from './colors.js';
import { suspectLine } from './suspect-line.js';
import { lineWord, severityWord } from './words.js';

export interface HumanOptions {
  locale: Locale;
  color: boolean;
  showInfo: boolean;
}

interface Row {
  where: string;
  severity: Severity;
  message: string;
  code: string;
  /** A proposal printed on its own line under the row (the suspects of a failing sum). */
  proposal?: string;
}

/**
 * One file's block, the way good linters print it: the file name, then one aligned line per problem
 * (cell address, severity, message, rule id). Nothing for a clean file, so a big run prints only what needs work.
 */
export function formatHuman(checked: Checked, options: HumanOptions): string {
  const c = makeColors(options.color);
  const rows: Row[] = [];
  if (checked.broken) rows.push({ where: '', severity: 'error', message: checked.broken, code: 'input' });
  for (const d of checked.diagnostics)
    if (d.severity !== 'info' || options.showInfo) rows.push(diagnosticRow(d, options.locale));
  const proposed = new Set<string>();
  for (const f of checked.findings)
    if (f.severity !== 'info' || options.showInfo) rows.push(findingRow(f, options.locale, proposed));
  if (rows.length === 0) return '';
  rows.sort(bySeverity);
  const width = Math.max(...rows.map((r) => r.where.length));
  const sevWidth = Math.max(...rows.map((r) => severityWord(r.severity, options.locale).length));
  const lines = rows.map(
    (r) =>
      `  ${c.dim(r.where.padEnd(width))}  ${paint(c, r.severity, severityWord(r.severity, options.locale).padEnd(sevWidth))}  ${r.message}  ${c.dim(r.code)}${r.proposal ? `\n  ${' '.repeat(width)}  ${' '.repeat(sevWidth)}  └ ${r.proposal}` : ''}`,
  );
  return `${c.underline(checked.name)}\n${lines.join('\n')}\n\n`;
}

function findingRow(f: Finding, locale: Locale, proposed: Set<string>): Row {
  const row: Row = { where: f.path, severity: f.severity, message: f.message, code: f.rule };
  const proposal = suspectLine(f, locale, proposed);
  if (proposal) row.proposal = proposal;
  return row;
}

function diagnosticRow(d: Diagnostic, locale: Locale): Row {
  const where = d.line ? lineWord(d.line, locale) : (d.path ?? d.section ?? '');
  return { where, severity: d.severity, message: d.message, code: d.code };
}

function paint(c: Colors, severity: Row['severity'], text: string): string {
  if (severity === 'error') return c.red(text);
  if (severity === 'warning') return c.yellow(text);
  return c.blue(text);
}
