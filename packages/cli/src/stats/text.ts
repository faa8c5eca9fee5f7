import type { Locale } from '@gongkai/schema';
import { severityWord } from '../output/words.js';
import type { Stats } from './aggregate.js';
import { levelLabel, ruleTitle } from './labels.js';
import { bodyRows, cellRows, levelRows, likelyRows, ruleRows, yearRows } from './views.js';

const pct = (n: number, of: number) => (of ? `${((n / of) * 100).toFixed(1)}%` : '—');

/**
 * The survey as plain text on stdout, when no dashboard file is asked for. Rules by their titles (the id
 * after, for those who need it); a warning rule's reports are counted as reports with that warning,
 * never as failures.
 */
export function statsText(stats: Stats, locale: Locale): string {
  const en = locale === 'en';
  const out: string[] = [];
  out.push(
    en
      ? `${stats.reports} reports checked, ${stats.withErrors} (${pct(stats.withErrors, stats.reports)}) with errors`
      : `共检查 ${stats.reports} 份报告，其中 ${stats.withErrors} 份（${pct(stats.withErrors, stats.reports)}）有错误`,
  );
  out.push(
    '',
    en
      ? 'Reports with each problem (errors, then warnings)'
      : '各规则：出现该问题的报告数（错误在前，警告在后）',
  );
  const rules = ruleRows(stats, locale);
  for (const severity of ['error', 'warning'] as const)
    for (const r of rules.filter((x) => x.severity === severity && x.reports > 0))
      out.push(
        `  ${String(r.reports).padStart(7)}  ${pct(r.reports, stats.reports).padStart(6)}  ${severityWord(r.severity, locale)}  ${r.title}（${r.rule}）`,
      );
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
  out.push('', en ? 'Places with the most findings (cells, or equations)' : '问题最多的位置（单元格或算式）');
  for (const c of cellRows(stats, 10))
    out.push(
      `  ${String(c.errors).padStart(7)} ${en ? 'errors' : '错误'} ${String(c.warnings).padStart(7)} ${en ? 'warnings' : '警告'}  ${c.label}`,
    );
  out.push(
    '',
    en
      ? 'Cells most likely wrong (reports whose failing sums a change of the cell mends)'
      : '最可能填错的单元格（改动该单元格即可使算式成立的报告数）',
  );
  const likely = likelyRows(stats, 10);
  for (const c of likely)
    out.push(
      `  ${String(c.reports).padStart(7)} ${en ? 'reports' : '份报告'}${en ? ` (${c.certain} certain)` : `（其中确定 ${c.certain} 份）`}  ${c.label}（${c.path}）`,
    );
  if (likely.length === 0)
    out.push(en ? '  No proposal sure enough to name a cell' : '  没有足以指出单元格的修正建议');
  if (stats.likely.unsure > 0)
    out.push(
      en
        ? `  ${stats.likely.unsure} reports have failing sums that the figures cannot pin on one cell`
        : `  另有 ${stats.likely.unsure} 份报告的算式错误无法确定是哪个单元格填错`,
    );
  out.push('', en ? 'Reports to look at first' : '优先查看的报告');
  for (const w of stats.worst.slice(0, 20)) {
    out.push(
      `  ${String(w.errors).padStart(4)} ${en ? 'errors' : '错误'} ${String(w.warnings).padStart(4)} ${en ? 'warnings' : '警告'}  ${w.agency} ${w.year} ${levelLabel(w.level, locale)}  ${w.name}`,
    );
    out.push(`        ${w.rules.map((id) => ruleTitle(id, locale)).join(en ? '; ' : '；')}`);
  }
  const bodies = bodyRows(stats);
  if (bodies.rows.length > 0) {
    out.push('', en ? 'Bodies over the years (errors/warnings)' : '各机关历年情况（错误/警告）');
    out.push(`  ${bodies.years.map((y) => y.padStart(9)).join('')}  ${en ? 'body' : '机关'}`);
    for (const b of bodies.rows.slice(0, 50))
      out.push(
        `  ${bodies.years.map((y) => (b.years[y] ? `${b.years[y]?.errors}/${b.years[y]?.warnings}` : '—').padStart(9)).join('')}  ${b.agency}`,
      );
  }
  if (stats.brokenCount) {
    out.push('', en ? `Unreadable files: ${stats.brokenCount}` : `无法读取的文件：${stats.brokenCount} 个`);
    for (const b of stats.broken.slice(0, 20)) out.push(`  ${b.name}: ${b.reason}`);
  }
  if (stats.notCheckedCount) {
    out.push(
      '',
      en ? `Files not checked: ${stats.notCheckedCount}` : `未检查的文件：${stats.notCheckedCount} 个`,
    );
    for (const b of stats.notChecked.slice(0, 20)) out.push(`  ${b.name}: ${b.reason}`);
  }
  return `${out.join('\n')}\n`;
}
