import { resolve } from 'node:path';
import { type RollForward, rollForward, toJson } from '@gongkai/engine';
import { type Locale, sectionById } from '@gongkai/schema';
import type { Io } from '../io.js';
import { write } from '../io.js';
import { writeFileAtomic } from '../output/atomic.js';
import { readOne } from './read-one.js';

/**
 * `gongkai fill --from-previous <last year> [-o out]`: this year's report begun from last year's
 * (engine `rollForward`); what was carried, what starts a chain and what to review goes to stderr.
 */
export async function rollForwardCommand(
  file: string,
  output: string | undefined,
  io: Io,
  locale: Locale,
): Promise<number> {
  const { report: previous } = await readOne(file, io, locale);
  const rolled = rollForward(previous);
  const json = toJson(rolled.report);
  const text = json.endsWith('\n') ? json : `${json}\n`;
  if (output) await writeFileAtomic(resolve(io.cwd, output), text);
  else await write(io.stdout, text);
  io.stderr.write(summary(rolled, previous.year, locale));
  return 0;
}

function summary(rolled: RollForward, lastYear: number, locale: Locale): string {
  const { report, carried, blankInPrevious, chains, review } = rolled;
  const zh = locale !== 'en';
  const lines = [
    zh
      ? `以 ${lastYear} 年报告为底稿生成 ${report.year} 年报告：上年结转填入 ${carried.length} 格，其余单元格空白（空白不等于 0）。`
      : `Began the ${report.year} report from ${lastYear}'s: ${carried.length} carried-over cells filled, every other cell blank (blank is not 0).`,
  ];
  if (blankInPrevious.length > 0)
    lines.push(
      zh
        ? `上年对应单元格空白，本年仍空白：${blankInPrevious.join('、')}`
        : `Blank last year, so blank this year: ${blankInPrevious.join(', ')}`,
    );
  for (const chain of chains) {
    const start = chain.start === null ? (zh ? '空白' : 'blank') : String(chain.start);
    lines.push(
      zh
        ? `${chain.cell}：从上年 ${start} 起，加 ${chain.plus.join('、')}，减 ${chain.minus.join('、')}`
        : `${chain.cell}: starts from last year's ${start}, plus ${chain.plus.join(', ')}, minus ${chain.minus.join(', ')}`,
    );
  }
  if (review.length > 0) {
    lines.push(
      zh
        ? `正文沿用上年文字，其中 ${review.length} 处年份或日期待核改：`
        : `The narrative is last year's; ${review.length} years or dates to review:`,
    );
    for (const mark of review) {
      const section = sectionById(mark.section);
      const name = zh ? `${section.ordinal}、${section.title.zh}` : section.title.en;
      lines.push(
        zh
          ? `  ${name} 第 ${mark.start + 1} 字：${mark.text}`
          : `  ${name}, character ${mark.start + 1}: ${mark.text}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
