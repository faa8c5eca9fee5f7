import type { Locale } from '@gongkai/schema';
import type { Stats } from './aggregate.js';
import { levelLabel } from './labels.js';
import { cellRows, levelRows, ruleRows, yearRows } from './views.js';

const pct = (n: number, of: number) => (of ? `${((n / of) * 100).toFixed(1)}%` : '—');

/** The survey as plain text on stdout, when no dashboard file is asked for. */
export function statsText(stats: Stats, locale: Locale): string {
  const en = locale === 'en';
  const out: string[] = [];
  out.push(
    en
      ? `${stats.reports} reports checked, ${stats.withErrors} (${pct(stats.withErrors, stats.reports)}) with errors`
      : `共检查 ${stats.reports} 份报告，其中 ${stats.withErrors} 份（${pct(stats.withErrors, stats.reports)}）有错误`,
  );
  out.push('', en ? 'Rules failing, by reports' : '各规则不通过的报告数');
  for (const r of ruleRows(stats, locale)) {
    out.push(
      `  ${String(r.reports).padStart(7)}  ${pct(r.reports, stats.reports).padStart(6)}  ${r.rule}  ${r.title}`,
    );
  }
  out.push('', en ? 'By level: reports with errors' : '按层级：有错误的报告');
  for (const g of levelRows(stats, locale))
    out.push(
      `  ${String(g.withErrors).padStart(7)} / ${g.reports}  ${pct(g.withErrors, g.reports).padStart(6)}  ${g.label}`,
    );
  out.push('', en ? 'By year: reports with errors' : '按年度：有错误的报告');
  for (const g of yearRows(stats))
    out.push(
      `  ${String(g.withErrors).padStart(7)} / ${g.reports}  ${pct(g.withErrors, g.reports).padStart(6)}  ${g.label}`,
    );
  out.push('', en ? 'Cells with the most findings' : '问题最多的单元格');
  for (const c of cellRows(stats, locale, 10))
    out.push(
      `  ${String(c.errors).padStart(7)} ${en ? 'errors' : '错误'} ${String(c.warnings).padStart(7)} ${en ? 'warnings' : '警告'}  ${c.path}  ${c.label}`,
    );
  out.push('', en ? 'Reports to look at first' : '优先查看的报告');
  for (const w of stats.worst.slice(0, 20)) {
    out.push(
      `  ${String(w.errors).padStart(4)} ${en ? 'errors' : '错误'} ${String(w.warnings).padStart(4)} ${en ? 'warnings' : '警告'}  ${w.name}  ${w.agency} ${w.year} ${levelLabel(w.level, locale)}`,
    );
  }
  if (stats.broken.length) {
    out.push('', en ? 'Unreadable files' : '无法读取的文件');
    for (const b of stats.broken.slice(0, 20)) out.push(`  ${b.name}: ${b.reason}`);
  }
  return `${out.join('\n')}\n`;
}
