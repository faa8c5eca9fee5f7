import type { Locale } from '@gongkai/schema';
import type { Tally } from '../batch/tally.js';
import { colors } from './colors.js';

/**
 * The closing line of a run: what was wrong, over how many reports, how many could not be read, and
 * whether Ctrl-C cut the run short (then the counts are of the part that was checked).
 */
export function formatSummary(
  tally: Tally,
  options: { locale: Locale; color: boolean; interrupted: boolean },
): string {
  const c = colors(options.color);
  const { locale } = options;
  const checked = tally.files - tally.broken;
  const parts: string[] = [];
  if (locale === 'en') {
    parts.push(
      tally.errors > 0
        ? c.red(`✖ ${plural(tally.errors, 'error')} in ${plural(tally.withErrors, 'report')}`)
        : c.green('✔ no errors'),
    );
    parts.push(`${plural(tally.warnings, 'warning')}`);
    if (tally.infos > 0) parts.push(`${tally.infos} could not be checked (info)`);
    let line = `${parts.join(', ')}; ${plural(checked, 'report')} checked`;
    if (tally.broken > 0) line += c.red(`, ${plural(tally.broken, 'file')} unreadable`);
    if (options.interrupted)
      line += c.yellow(' — interrupted: these counts cover only the files checked before Ctrl-C');
    return `${line}\n`;
  }
  parts.push(
    tally.errors > 0 ? c.red(`✖ ${tally.withErrors} 份报告共 ${tally.errors} 个错误`) : c.green('✔ 没有错误'),
  );
  parts.push(`${tally.warnings} 个警告`);
  if (tally.infos > 0) parts.push(`${tally.infos} 处无法核对（提示）`);
  let line = `${parts.join('，')}；共检查 ${checked} 份报告`;
  if (tally.broken > 0) line += c.red(`，${tally.broken} 个文件无法读取`);
  if (options.interrupted) line += c.yellow('。已中断：以上只计中断前检查的文件');
  return `${line}\n`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
