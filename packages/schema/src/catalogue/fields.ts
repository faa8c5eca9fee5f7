import { sectionLabel } from '../labels.js';
import { type Label, NARRATIVE_IDS } from './types.js';

/** The report's fields other than its cells, as every printed or exported form names them. */
export const fieldLabels = {
  formatVersion: { zh: '格式版本', en: 'Format version' },
  'tableFormats.activeDisclosure': { zh: '第二部分格式版本', en: 'Format of section 2' },
  'tableFormats.applications': { zh: '第三部分格式版本', en: 'Format of section 3' },
  year: { zh: '报告年度', en: 'Year reported on' },
  'agency.name': { zh: '机关名称', en: 'Reporting body' },
  'agency.level': { zh: '机关层级', en: 'Level' },
  'agency.regionCode': { zh: '行政区划代码', en: 'Region code' },
  title: { zh: '标题', en: 'Title' },
  missingSections: { zh: '缺失的部分', en: 'Missing sections' },
} satisfies Record<string, Label>;

export type FieldAddress = keyof typeof fieldLabels;

/**
 * Every field of a report other than its cells, by address, in the order the long-form CSV lists
 * them (the narrative sections named as their headings), so that an export carries the whole report.
 */
export const reportFields: readonly { address: string; label: Label }[] = [
  field('formatVersion'),
  field('tableFormats.activeDisclosure'),
  field('tableFormats.applications'),
  field('year'),
  field('agency.name'),
  field('agency.level'),
  field('agency.regionCode'),
  field('title'),
  ...NARRATIVE_IDS.map((id) => ({
    address: `narrative.${id}`,
    label: { zh: sectionLabel(id, 'zh'), en: sectionLabel(id, 'en') },
  })),
  field('missingSections'),
];

function field(address: FieldAddress): { address: string; label: Label } {
  return { address, label: fieldLabels[address] };
}
