import { guardCsvFormula } from '@gongkai/engine';
import type { Locale } from '@gongkai/schema';
import type { Stats } from './aggregate.js';
import { levelLabel } from './labels.js';
import { bodyRows, cellRows, levelRows, likelyRows, ruleRows, yearRows } from './views.js';

const HEADER = ['view', 'key', 'label', 'rule', 'count', 'total', 'share', 'errors', 'warnings', 'detail'];

/**
 * The dashboard's figures as one long-form CSV (one row per figure, a `view` column saying which table
 * it belongs to: rule, level, year, cell, likely, report, unreadable), for spreadsheets and further analysis.
 */
export function statsCsv(stats: Stats, locale: Locale): string {
  const rows: (string | number)[][] = [HEADER];
  const share = (n: number, of: number) => (of ? (n / of).toFixed(4) : '');
  rows.push([
    'total',
    'reports',
    locale === 'en' ? 'Reports checked' : '检查的报告',
    '',
    stats.reports,
    stats.reports,
    '',
    stats.withErrors,
    '',
    '',
  ]);
  rows.push([
    'total',
    'unreadable',
    locale === 'en' ? 'Unreadable files' : '无法读取的文件',
    '',
    stats.brokenCount,
    '',
    '',
    '',
    '',
    '',
  ]);
  rows.push([
    'total',
    'not-checked',
    locale === 'en' ? 'Files not checked' : '未检查的文件',
    '',
    stats.notCheckedCount,
    '',
    '',
    '',
    '',
    '',
  ]);
  rows.push([
    'total',
    'likely-unsure',
    locale === 'en' ? 'Reports with failing sums pinned on no cell' : '算式错误无法确定单元格的报告',
    '',
    stats.likely.unsure,
    stats.reports,
    share(stats.likely.unsure, stats.reports),
    '',
    '',
    '',
  ]);
  for (const r of ruleRows(stats, locale)) {
    rows.push([
      'rule',
      r.rule,
      r.title,
      r.rule,
      r.reports,
      stats.reports,
      share(r.reports, stats.reports),
      '',
      '',
      `severity=${r.severity};findings=${r.findings};unchecked=${r.unchecked}`,
    ]);
  }
  for (const [view, groups] of [
    ['level', levelRows(stats, locale)],
    ['year', yearRows(stats)],
  ] as const) {
    for (const g of groups) {
      rows.push([
        view,
        g.key,
        g.label,
        '',
        g.withErrors,
        g.reports,
        share(g.withErrors, g.reports),
        '',
        '',
        'with errors',
      ]);
      for (const [rule, n] of Object.entries(g.rules).sort(([a], [b]) => a.localeCompare(b))) {
        rows.push([view, g.key, g.label, rule, n, g.reports, share(n, g.reports), '', '', '']);
      }
    }
  }
  for (const c of cellRows(stats, 50))
    rows.push(['cell', c.path, c.label, '', c.errors + c.warnings, '', '', c.errors, c.warnings, '']);
  // The cells most likely wrong: count = reports it is blamed in, share of all reports checked.
  for (const c of likelyRows(stats, 50))
    rows.push([
      'likely',
      c.path,
      c.label,
      '',
      c.reports,
      stats.reports,
      share(c.reports, stats.reports),
      c.sums,
      '',
      `certain=${c.certain}`,
    ]);
  for (const b of bodyRows(stats, 1).rows)
    for (const [year, c] of Object.entries(b.years).sort())
      rows.push(['body', b.key, b.agency, '', c.reports, '', '', c.errors, c.warnings, year]);
  for (const w of stats.worst) {
    rows.push([
      'report',
      w.name,
      w.agency,
      w.rules.join(' '),
      w.errors + w.warnings,
      '',
      '',
      w.errors,
      w.warnings,
      `${w.year} ${levelLabel(w.level, locale)}`,
    ]);
  }
  for (const b of stats.broken) rows.push(['unreadable', b.name, '', '', '', '', '', '', '', b.reason]);
  for (const b of stats.notChecked) rows.push(['not-checked', b.name, '', '', '', '', '', '', '', b.reason]);
  // A BOM so that Excel, which many offices use, reads the Chinese as UTF-8.
  return `\ufeff${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function csvField(value: string | number): string {
  // File and agency names come from outside; figures are never formulas.
  const text = typeof value === 'string' ? guardCsvFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
