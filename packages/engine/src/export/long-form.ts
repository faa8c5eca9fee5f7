import { type Label, sectionLabel } from '@gongkai/schema';

/**
 * The report fields other than cells, as rows of the long-form CSV (address,label,value) so that the CSV
 * carries the whole report and reads back to it.
 */
export const META_FIELDS: readonly { address: string; label: Label }[] = [
  { address: 'formatVersion', label: { zh: '格式版本', en: 'Format version' } },
  { address: 'tableFormats.activeDisclosure', label: { zh: '第二部分格式版本', en: 'Format of section 2' } },
  { address: 'tableFormats.applications', label: { zh: '第三部分格式版本', en: 'Format of section 3' } },
  { address: 'year', label: { zh: '报告年度', en: 'Year reported on' } },
  { address: 'agency.name', label: { zh: '机关名称', en: 'Reporting body' } },
  { address: 'agency.level', label: { zh: '机关层级', en: 'Level' } },
  { address: 'agency.regionCode', label: { zh: '行政区划代码', en: 'Region code' } },
  { address: 'title', label: { zh: '标题', en: 'Title' } },
  {
    address: 'narrative.overview',
    label: { zh: sectionLabel('overview', 'zh'), en: sectionLabel('overview', 'en') },
  },
  {
    address: 'narrative.problems',
    label: { zh: sectionLabel('problems', 'zh'), en: sectionLabel('problems', 'en') },
  },
  {
    address: 'narrative.otherMatters',
    label: { zh: sectionLabel('otherMatters', 'zh'), en: sectionLabel('otherMatters', 'en') },
  },
  { address: 'missingSections', label: { zh: '缺失的部分', en: 'Missing sections' } },
];

/** The header line of the long-form CSV. */
export const CSV_HEADER = ['address', 'label', 'value'] as const;

/** A cell's value as printed: the number, with its note in brackets (`22（其中修订16件）`); '' for blank. */
export function printedValue(value: number | null | undefined, note: string | undefined): string {
  if (value === null || value === undefined) return '';
  return note ? `${value}（${note}）` : String(value);
}
