import { bySeverity, type Locale, type Report } from '@gongkai/schema';
import type { Checked, PairingNote } from '../batch/check.js';
import { levelLabel } from '../stats/labels.js';
import { type Colors, colors as makeColors } from './colors.js';
import { diagnosticLines, findingLines, type Line } from './groups.js';
import { displayWidth, padDisplay } from './width.js';
import { severityWord } from './words.js';

export interface HumanOptions {
  locale: Locale;
  color: boolean;
  showInfo: boolean;
}

/**
 * One file's block, the way good linters print it: the file with the body, year and level it reports
 * on, then one aligned line per problem (where in Chinese, severity, message, then the address and rule
 * id for those who need them); one rule's findings in one section share a line. Nothing for a clean
 * file, so a big run prints only what needs work; a file not checked is one line saying why.
 */
export function formatHuman(checked: Checked, options: HumanOptions): string {
  const c = makeColors(options.color);
  const { locale } = options;
  if (checked.notChecked)
    return `${c.underline(checked.name)}  ${c.yellow(locale === 'en' ? 'not checked' : '未检查')}：${checked.notChecked}\n\n`;
  const lines: Line[] = [];
  if (checked.broken)
    lines.push({ where: '', severity: 'error', message: checked.broken, address: '', code: 'input' });
  const shown = <T extends { severity: string }>(items: readonly T[]) =>
    options.showInfo ? items : items.filter((i) => i.severity !== 'info');
  lines.push(...diagnosticLines(shown(checked.diagnostics), locale));
  lines.push(...findingLines(shown(checked.findings), locale));
  if (lines.length === 0) return '';
  lines.sort(bySeverity);
  const width = Math.max(...lines.map((l) => displayWidth(l.where)));
  const sevWidth = Math.max(...lines.map((l) => displayWidth(severityWord(l.severity, locale))));
  const body = lines.map((l) => {
    const codes = [l.address, l.code].filter((x) => x && x !== l.where).join(' · ');
    const where = width > 0 ? `${c.bold(padDisplay(l.where, width))}  ` : '';
    const under = (l.proposals ?? [])
      .map((p) => `\n  ${' '.repeat(width > 0 ? width + 2 : 0)}${' '.repeat(sevWidth)}  └ ${p}`)
      .join('');
    return `  ${where}${paint(c, l.severity, padDisplay(severityWord(l.severity, locale), sevWidth))}  ${l.message}  ${c.dim(codes)}${under}`;
  });
  return `${heading(checked, c, locale)}\n${body.join('\n')}\n\n`;
}

/** The file, then the body, year and level it reports on: a path alone says little in a province's run. */
function heading(checked: Checked, c: Colors, locale: Locale): string {
  const report: Report | undefined = checked.report;
  if (!report) return c.underline(checked.name);
  const year = locale === 'en' ? String(report.year) : `${report.year} 年度`;
  const level = levelLabel(report.agency.level ?? 'unknown', locale);
  const pairing = checked.pairing ? ` · ${pairingWords(checked.pairing, locale)}` : '';
  return `${c.underline(checked.name)}  ${c.dim('—')}  ${report.agency.name} · ${year} · ${level}${pairing}`;
}

/** Which report last year's was, or why the cross-year rules did not run. */
export function pairingWords(note: PairingNote, locale: Locale): string {
  const en = locale === 'en';
  if (note.kind === 'found') return en ? `previous year: ${note.name}` : `上一年度：${note.name}`;
  if (note.kind === 'unreadable')
    return en
      ? `previous year ${note.name} could not be read again`
      : `上一年度的 ${note.name} 无法再次读取，未作跨年度核对`;
  if (note.kind === 'ambiguous')
    return en
      ? `${note.names.length} reports of ${note.year} may be this body's (${note.names.join(', ')}): not paired`
      : `${note.year} 年度有 ${note.names.length} 份报告可能属于同一机关（${note.names.join('、')}），未配对`;
  return en
    ? `no report of ${note.year} by this body: no cross-year checks`
    : `没有同一机关 ${note.year} 年度的报告，未作跨年度核对`;
}

function paint(c: Colors, severity: Line['severity'], text: string): string {
  if (severity === 'error') return c.red(text);
  if (severity === 'warning') return c.yellow(text);
  return c.blue(text);
}
