import type { FormatVersion, Label, NarrativeId } from './types.js';

/**
 * The first report year each national format is meant for: 国办公开办函〔2019〕60号 for reports on
 * 2019 and 2020, 国办公开办函〔2021〕30号 (dated 2021-09-26) for reports on 2021 onward.
 */
export const formatFirstYear: Readonly<Record<FormatVersion, number>> = { '2019': 2019, '2021': 2021 };

/** The documents that set each format, as cited in messages. */
export const formatDocuments: Readonly<Record<FormatVersion, string>> = {
  '2019': '国办公开办函〔2019〕60号',
  '2021': '国办公开办函〔2021〕30号',
};

const newestFirst = (Object.keys(formatFirstYear) as FormatVersion[]).sort(
  (a, b) => formatFirstYear[b] - formatFirstYear[a],
);

/** The format a report on a given year must use: the newest one already in force that year. */
export function formatForYear(year: number): FormatVersion {
  return newestFirst.find((version) => formatFirstYear[version] <= year) ?? '2019';
}

/**
 * 国办函〔2020〕109号《政府信息公开信息处理费管理办法》: from reports on 2021, section 六 must say
 * whether 信息处理费 was charged. `mentions` are the words that show it was addressed, including the
 * usual wordings 未发生收费情况 and 未收取信息公开处理费.
 */
export const processingFeeDisclosure: {
  readonly fromYear: number;
  readonly section: NarrativeId;
  readonly label: Label;
  readonly basis: string;
  readonly mentions: readonly string[];
} = {
  fromYear: 2021,
  section: 'otherMatters',
  label: { zh: '信息处理费', en: 'information processing fees' },
  basis: '国办函〔2020〕109号',
  mentions: ['处理费', '收费', '收取费用'],
};
