import type { Locale } from '@gongkai/schema';
import type { QuietUnpaired, Tally } from '../batch/tally.js';
import type { Colors } from './colors.js';

/**
 * The reports that printed nothing (no problem to show) yet had no previous year to be checked against,
 * grouped by the year that was missing, a few named per group: without it a clean report's missing
 * cross-year checks would go unsaid. The reports with findings say it in their own heading.
 */
export function formatQuietUnpaired(tally: Tally, locale: Locale, c: Colors): string {
  const groups = Object.values(tally.quietUnpaired).sort(
    (a, b) => (a.year ?? 0) - (b.year ?? 0) || a.kind.localeCompare(b.kind),
  );
  if (groups.length === 0) return '';
  const en = locale === 'en';
  const total = groups.reduce((n, g) => n + g.count, 0);
  const head = en
    ? `${total} report${total === 1 ? '' : 's'} without problems had no previous year to check against (no cross-year checks):`
    : `${total} 份报告没有问题，但没有上一年度报告可对照，未作跨年度核对：`;
  const lines = groups.map((g) => {
    const more = g.count - g.names.length;
    const names = g.names.join(en ? ', ' : '、');
    const rest = more > 0 ? (en ? ` and ${more} more` : ' 等') : '';
    return `  ${c.dim(why(g, en))}  ${names}${rest}`;
  });
  return `${c.yellow(head)}\n${lines.join('\n')}\n\n`;
}

function why(g: QuietUnpaired, en: boolean): string {
  const n = g.count;
  if (g.kind === 'ambiguous')
    return en
      ? `several reports of ${g.year} could be theirs (${n}):`
      : `${g.year} 年度有多份报告可能属于同一机关（${n} 份）：`;
  if (g.kind === 'unreadable')
    return en
      ? `last year's report could not be read again (${n}):`
      : `上一年度报告无法再次读取（${n} 份）：`;
  return en ? `no report of ${g.year} (${n}):` : `缺 ${g.year} 年度（${n} 份）：`;
}
