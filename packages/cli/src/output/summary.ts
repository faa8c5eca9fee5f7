import type { Locale } from '@gongkai/schema';
import { checkedCount, type Tally } from '../batch/tally.js';
import { colors } from './colors.js';
import { formatQuietUnpaired } from './unpaired.js';

/**
 * The closing line of a run: what was wrong, over how many reports, how many inputs could not be read
 * or were not checked (and why), and whether Ctrl-C cut the run short (then the counts are of the part
 * that was checked). The tick only shows when every input was checked and none has an error: a run that
 * checked nothing, or left files aside, never looks like a pass.
 */
export function formatSummary(
  tally: Tally,
  options: { locale: Locale; color: boolean; interrupted: boolean },
): string {
  const c = colors(options.color);
  const en = options.locale === 'en';
  const checked = checkedCount(tally);
  const all = tally.broken === 0 && tally.notChecked === 0;
  const parts: string[] = [];
  if (tally.errors > 0)
    parts.push(
      c.red(
        en
          ? `✖ ${plural(tally.errors, 'error')} in ${plural(tally.withErrors, 'report')}`
          : `✖ ${tally.withErrors} 份报告共 ${tally.errors} 个错误`,
      ),
    );
  else if (checked === 0) parts.push(c.red(en ? '✖ no report was checked' : '✖ 没有检查任何报告'));
  else if (all) parts.push(c.green(en ? '✔ no errors' : '✔ 没有错误'));
  else parts.push(en ? 'no errors in the reports checked' : '已检查的报告没有错误');
  if (checked > 0) parts.push(en ? plural(tally.warnings, 'warning') : `${tally.warnings} 个警告`);
  if (tally.infos > 0)
    parts.push(en ? `${tally.infos} could not be checked (info)` : `${tally.infos} 处无法核对（提示）`);
  let line = en
    ? `${parts.join(', ')}; ${plural(checked, 'report')} checked`
    : `${parts.join('，')}；共检查 ${checked} 份报告`;
  if (tally.files === 0) line += en ? ': no file was found' : '：没有找到任何文件';
  if (tally.broken > 0)
    line += c.red(en ? `, ${plural(tally.broken, 'file')} unreadable` : `，${tally.broken} 个文件无法读取`);
  if (tally.notChecked > 0) {
    const why = Object.entries(tally.notCheckedWhy)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([reason, n]) => (en ? `${reason}: ${n}` : `${reason} ${n} 个`));
    line += c.yellow(
      en
        ? `, ${plural(tally.notChecked, 'file')} not checked (${why.join('; ')})`
        : `，${tally.notChecked} 个文件未检查（${why.join('；')}）`,
    );
  }
  if (tally.paired + tally.unpaired > 0)
    line += en
      ? `; ${tally.paired} checked against the same body's previous year, ${tally.unpaired} without one`
      : `；${tally.paired} 份与同一机关上一年度的报告对照核对，${tally.unpaired} 份没有上一年度报告`;
  if (!all && tally.files > 0)
    line += en ? ` — ${plural(tally.files, 'input')} in all` : `；共 ${tally.files} 个输入`;
  if (options.interrupted)
    line += c.yellow(
      en
        ? ' — interrupted: these counts cover only the files checked before Ctrl-C'
        : '。已中断：以上只计中断前检查的文件',
    );
  return `${formatQuietUnpaired(tally, options.locale, c)}${line}\n`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
