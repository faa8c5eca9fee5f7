import type { Locale } from '@gongkai/schema';
import { columnLabelOf, rowLabelOf } from '@gongkai/schema';
import type { Checked } from '../batch/check.js';
import { cellAt, findingPlace, sectionOf } from '../output/place.js';
import { severityWord } from '../output/words.js';
import { levelLabel, ruleTitle } from './labels.js';

/** The rows one checked input gives the workbook: its findings for 问题清单, and one line for 各机关. */
export interface WorkbookRows {
  findings: string[][];
  report: (string | number)[];
}

/** Headers of 问题清单, in the order the 通报 lists them. */
export const FINDING_HEADER: Record<Locale, string[]> = {
  zh: ['机关', '层级', '年度', '部分', '行', '列', '规则', '严重程度', '说明', '文件', '页或行'],
  en: [
    'Body',
    'Level',
    'Year',
    'Section',
    'Row',
    'Column',
    'Rule',
    'Severity',
    'Message',
    'File',
    'Page or line',
  ],
};

/** Headers of 各机关. */
export const REPORT_HEADER: Record<Locale, string[]> = {
  zh: ['机关', '层级', '年度', '文件', '状态', '错误', '警告', '无法核对', '上一年度'],
  en: ['Body', 'Level', 'Year', 'File', 'Status', 'Errors', 'Warnings', 'Not checkable', 'Previous year'],
};

/** Built where the input is checked (a worker), so only strings cross to the thread writing the file. */
export function workbookRows(checked: Checked, locale: Locale): WorkbookRows {
  const en = locale === 'en';
  const report = checked.report;
  const agency = report?.agency.name ?? '';
  const level = report ? levelLabel(report.agency.level ?? 'unknown', locale) : '';
  const year = report ? String(report.year) : '';
  const findings: string[][] = [];
  for (const f of checked.findings) {
    if (f.severity === 'info') continue;
    const { section, row, column } = where(f, locale);
    findings.push([
      agency,
      level,
      year,
      section,
      row,
      column,
      ruleTitle(f.rule, locale),
      severityWord(f.severity, locale),
      f.message,
      checked.name,
      '',
    ]);
  }
  for (const d of checked.diagnostics) {
    if (d.severity === 'info') continue;
    const section = d.section ? sectionOf(d.section, locale).label : '';
    findings.push([
      agency,
      level,
      year,
      section,
      '',
      '',
      en ? 'Noticed on import' : '导入时发现',
      severityWord(d.severity, locale),
      d.message,
      checked.name,
      d.line ? (en ? `line ${d.line}` : `第 ${d.line} 行`) : '',
    ]);
  }
  const status = checked.notChecked
    ? `${en ? 'not checked' : '未检查'}：${checked.notChecked}`
    : checked.broken
      ? `${en ? 'unreadable' : '无法读取'}：${checked.broken}`
      : en
        ? 'checked'
        : '已检查';
  if (checked.broken || checked.notChecked)
    findings.push([
      '',
      '',
      '',
      '',
      '',
      '',
      en ? 'Input' : '输入',
      severityWord('error', locale),
      status,
      checked.name,
      '',
    ]);
  const count = (s: string) => checked.findings.filter((f) => f.severity === s).length;
  const previous = checked.pairing?.kind === 'found' ? checked.pairing.name : '';
  return {
    findings,
    report: [
      agency,
      level,
      year,
      checked.name,
      status,
      count('error'),
      count('warning'),
      count('info'),
      previous,
    ],
  };
}

/** Section, row and column of a finding: an equation's common row or column, a cell's own, a section alone. */
function where(
  f: Checked['findings'][number],
  locale: Locale,
): { section: string; row: string; column: string } {
  const section = sectionOf(f.path, locale).label;
  const cell = cellAt(f.path);
  if (!cell) return { section, row: '', column: '' };
  const place = findingPlace(f, locale);
  // An equation's error is at its row or column, as stats counts it; no single cell is blamed.
  if (place.key === `${f.rule}@${cell.table}.${cell.rowAddress}`)
    return { section, row: rowLabelOf(cell, locale), column: '' };
  if (place.key.includes('@') && place.key.includes('.*.'))
    return { section, row: '', column: columnLabelOf(cell, locale) };
  return { section, row: rowLabelOf(cell, locale), column: columnLabelOf(cell, locale) };
}
