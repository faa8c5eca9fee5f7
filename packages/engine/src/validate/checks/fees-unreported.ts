import { processingFeeDisclosure } from '@gongkai/schema';
import { type Check, emit, type Messages } from '../context.js';
import { isMissing } from './structure.js';

const unreported: Messages<[number, string, string, string, boolean]> = {
  zh: (year, section, fee, basis, absent) =>
    `${year} 年度的报告应在${section}中说明是否收取${fee}（${basis}），但${absent ? '报告缺少这一部分' : '这一部分没有提到'}。`,
  en: (year, section, fee, basis, absent) =>
    `A report on ${year} must say in ${section} whether ${fee} were charged (${basis}), but ${absent ? 'the report lacks that section' : 'that section does not mention them'}.`,
};

/** `narrative.fees-unreported`: from 2021, section 六 says whether 信息处理费 was charged. */
export function checkFeesUnreported(check: Check): void {
  const { report, words, locale } = check;
  const { fromYear, section, label, basis, mentions } = processingFeeDisclosure;
  if (report.year < fromYear) return;
  const text = report.narrative[section] ?? '';
  if (mentions.some((word) => text.includes(word))) return;
  emit(check, 'narrative.fees-unreported', {
    path: section,
    message: unreported[locale](
      report.year,
      words.section(section),
      label[locale],
      basis,
      isMissing(check, section),
    ),
  });
}
