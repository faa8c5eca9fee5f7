import type { SectionDef } from './types.js';

/** The six sections of every report, in their printed order. */
export const sections: readonly SectionDef[] = [
  {
    id: 'overview',
    number: 1,
    ordinal: '一',
    title: { zh: '总体情况', en: 'Overview' },
    kind: 'narrative',
    aliases: ['总体情况', '基本情况'],
    subheadings: [
      { zh: '主动公开', en: 'Proactive disclosure' },
      { zh: '依申请公开', en: 'Disclosure on request' },
      { zh: '政府信息管理', en: 'Information management' },
      { zh: '政府信息公开平台建设', en: 'Disclosure platforms' },
      { zh: '监督保障', en: 'Oversight and safeguards' },
    ],
  },
  {
    id: 'activeDisclosure',
    number: 2,
    ordinal: '二',
    title: { zh: '主动公开政府信息情况', en: 'Information disclosed proactively' },
    kind: 'table',
    aliases: ['主动公开政府信息情况', '主动公开政府信息'],
  },
  {
    id: 'applications',
    number: 3,
    ordinal: '三',
    title: {
      zh: '收到和处理政府信息公开申请情况',
      en: 'Requests for disclosure received and handled',
    },
    kind: 'table',
    aliases: ['收到和处理政府信息公开申请情况', '收到和处理政府信息公开申请'],
  },
  {
    id: 'appeals',
    number: 4,
    ordinal: '四',
    title: {
      zh: '政府信息公开行政复议、行政诉讼情况',
      en: 'Administrative reviews and lawsuits over disclosure',
    },
    kind: 'table',
    aliases: [
      '政府信息公开行政复议、行政诉讼情况',
      '政府信息公开行政法复议、行政诉讼情况',
      '因政府信息公开工作被申请行政复议、提起行政诉讼情况',
      '政府信息公开行政复议和行政诉讼情况',
      '政府信息公开行政复议与行政诉讼情况',
    ],
  },
  {
    id: 'problems',
    number: 5,
    ordinal: '五',
    title: {
      zh: '存在的主要问题及改进情况',
      en: 'Main problems and improvements',
    },
    kind: 'narrative',
    aliases: [
      '存在的主要问题及改进情况',
      '存在的主要问题及整改措施',
      '政府信息公开工作存在的主要问题及改进情况',
      '存在的主要问题及下一步计划',
      '存在的主要问题及改进措施',
      '存在的主要问题及明年工作计划',
      '存在的主要问题及下一年度工作计划',
    ],
  },
  {
    id: 'otherMatters',
    number: 6,
    ordinal: '六',
    title: { zh: '其他需要报告的事项', en: 'Other matters to report' },
    kind: 'narrative',
    aliases: ['其他需要报告的事项'],
  },
];

/** Section ids in printed order (一 … 六). */
export const SECTION_IDS: readonly SectionDef['id'][] = sections.map((s) => s.id);

const byId = new Map(sections.map((s) => [s.id, s]));

/** The section definition for an id. */
export function sectionById(id: SectionDef['id']): SectionDef {
  const section = byId.get(id);
  if (!section) throw new Error(`unknown section ${id}`);
  return section;
}
