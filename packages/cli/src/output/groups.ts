import type { Diagnostic, Finding } from '@gongkai/engine';
import { type CellDef, columnLabelOf, type Locale } from '@gongkai/schema';
import { ruleTitle } from '../stats/labels.js';
import { cellAt, findingPlace, placeLabel, sectionOf } from './place.js';
import { suspectLine } from './suspect-line.js';
import { lineWord } from './words.js';

/** One printed line of a report's block: where, how bad, what, and the codes for those who need them. */
export interface Line {
  /** The Chinese (or English) location: a cell, a row, a column, a section. */
  where: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** The cell address or section id, after the location. */
  address: string;
  code: string;
  /** Proposals printed on lines of their own under this one (the suspects of failing sums). */
  proposals?: string[];
}

/**
 * The findings as lines, one rule's findings within one section on one line with the places listed
 * (five blank rows of section 三 are one line, not five), so a report's block reads as a list of
 * problems rather than of cells.
 */
export function findingLines(findings: readonly Finding[], locale: Locale): Line[] {
  // Several failing sums of one group share a proposal: it is printed under the first of them only.
  const printed = new Set<string>();
  return grouped(findings, (f) => `${f.rule}|${f.severity}|${sectionOf(f.path, locale).id}`).map((group) => {
    const first = group[0] as Finding;
    const proposals = group.flatMap((f) => suspectLine(f, locale, printed) ?? []);
    const withProposals = proposals.length > 0 ? { proposals } : {};
    if (group.length === 1) {
      const place = findingPlace(first, locale);
      return {
        where: place.label,
        severity: first.severity,
        message: first.message,
        address: first.path,
        code: first.rule,
        ...withProposals,
      };
    }
    const section = sectionOf(first.path, locale);
    const columns = first.rule === 'cell.blank' ? sharedBlankColumns(group, locale) : undefined;
    const items = group.map((f) =>
      item(findingPlace(f, locale).label, section.label, f, locale, columns !== undefined),
    );
    const cells = group.reduce((n, f) => n + 1 + (f.rule === 'cell.blank' ? (f.related?.length ?? 0) : 0), 0);
    return {
      where: section.label,
      severity: first.severity,
      message: groupMessage(
        ruleTitle(first.rule, locale),
        { count: group.length, cells, columns },
        first.rule,
        items,
        locale,
      ),
      address: section.id,
      code: first.rule,
      ...withProposals,
    };
  });
}

/** The importer's notes as lines, one code within one section on one line, in the same way. */
export function diagnosticLines(diagnostics: readonly Diagnostic[], locale: Locale): Line[] {
  return grouped(
    diagnostics,
    (d) => `${d.code}|${d.severity}|${d.section ?? d.path?.split('.')[0] ?? ''}|${d.line ? '' : 'x'}`,
  ).flatMap((group) => {
    const first = group[0] as Diagnostic;
    // Notes with lines stay one per line: the line number is the place to look.
    if (group.length === 1 || first.line) return group.map((d) => diagnosticLine(d, locale));
    const section = first.section ? sectionOf(first.section, locale) : { id: '', label: '' };
    return [
      {
        where: section.label,
        severity: first.severity,
        message: group.map((d) => d.message).join(locale === 'zh' ? '；' : '; '),
        address: section.id,
        code: first.code,
      },
    ];
  });
}

function diagnosticLine(d: Diagnostic, locale: Locale): Line {
  const address = d.path ?? d.section ?? '';
  const where = d.line ? lineWord(d.line, locale) : address ? placeLabel(address, locale) : '';
  return {
    where,
    severity: d.severity,
    message: d.message,
    address: d.line ? address : address,
    code: d.code,
  };
}

/** Items grouped by key, groups in the order their first item came. */
function grouped<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}

/** One place of a group: its label without the section already named, with the figures when there are. */
function item(label: string, part: string, f: Finding, locale: Locale, sameColumns: boolean): string {
  let text = label.startsWith(part) ? label.slice(part.length).replace(/^, /, '') : label;
  if (f.rule === 'cell.blank' && (f.related?.length || sameColumns)) {
    const n = (f.related?.length ?? 0) + 1;
    text = text.replace(/「[^」]*」列$|, column “[^”]*”$/, '');
    if (!sameColumns) text += locale === 'zh' ? ` ${n} 列` : ` (${n} cells)`;
  } else if (f.expected !== undefined && f.actual !== undefined) {
    text +=
      locale === 'zh'
        ? `（应为 ${f.expected}，实为 ${f.actual}）`
        : ` (should be ${f.expected}, is ${f.actual})`;
  }
  return text;
}

/** How many places a grouped line names before it says how many more (`--json` lists every one). */
const SHOWN = 8;

function groupMessage(
  title: string,
  counts: { count: number; cells: number; columns: string[] | undefined },
  rule: string,
  items: string[],
  locale: Locale,
): string {
  const { count, cells, columns } = counts;
  const more = items.length - SHOWN;
  const listed = items.slice(0, SHOWN);
  if (locale === 'en') {
    let what = `${count} places`;
    if (rule === 'cell.blank')
      what = columns
        ? `${count} rows blank in the same ${columns.length} columns (${columns.join(', ')})`
        : `${cells} blank cells in ${count} places`;
    const rest = more > 0 ? `; and ${more} more (--json lists all)` : '';
    return `${title}: ${what}: ${listed.join('; ')}${rest}`;
  }
  let what = `${count} 处`;
  if (rule === 'cell.blank')
    what = columns
      ? `${count} 行的同样 ${columns.length} 列（${columns.map((c) => `「${c}」`).join('')}）空白`
      : `${count} 处共 ${cells} 个单元格空白`;
  const rest = more > 0 ? `等 ${count} 处（--json 列出全部）` : '';
  const tail = rule === 'cell.blank' ? '；空白不等于 0，没有发生的请填 0' : '';
  return `${title}：${what}——${listed.join('；')}${rest}${tail}`;
}

/** The columns blank in every row of a group of blank-cell findings, when they are the same (else undefined). */
function sharedBlankColumns(group: readonly Finding[], locale: Locale): string[] | undefined {
  let shared: string | undefined;
  let labels: string[] | undefined;
  for (const f of group) {
    const cells = [f.path, ...(f.related ?? [])].map(cellAt);
    if (cells.some((c) => !c)) return undefined;
    const key = cells.map((c) => c?.column).join(',');
    if (shared === undefined) {
      shared = key;
      labels = cells.map((c) => columnLabelOf(c as CellDef, locale));
    } else if (key !== shared) return undefined;
  }
  return group.length > 1 ? labels : undefined;
}
