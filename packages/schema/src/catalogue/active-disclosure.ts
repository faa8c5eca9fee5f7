import { row } from './row.js';
import type { ColumnDef, TableDef } from './types.js';

const stubHeader = { zh: '信息内容', en: 'Item' };
const title = { zh: '主动公开政府信息情况', en: 'Information disclosed proactively' };

function heading(item: string, itemEn: string) {
  return { zh: `第二十条第（${item}）项`, en: `Article 20, item (${itemEn})` };
}

const decisions = {
  key: 'decisions',
  label: { zh: '本年处理决定数量', en: 'Decisions this year' },
  kind: 'count',
} as const satisfies ColumnDef;

/** Section 二 in the 2021 format. */
export const activeDisclosure2021 = {
  id: 'activeDisclosure',
  version: '2021',
  section: 'activeDisclosure',
  title,
  layout: 'rows',
  blocks: [
    {
      heading: heading('一', '1'),
      stubHeader,
      columns: [
        {
          key: 'issued',
          label: { zh: '本年制发件数', en: 'Issued this year' },
          kind: 'count',
          aliases: ['本年新制发件数'],
        },
        {
          key: 'repealed',
          label: { zh: '本年废止件数', en: 'Repealed this year' },
          kind: 'count',
          // 本年度止件数: a damaged header seen in a township report.
          aliases: ['本年度止件数', '本年废止数'],
        },
        { key: 'inForce', label: { zh: '现行有效件数', en: 'In force' }, kind: 'count' },
      ],
      rows: [
        row('regulations', '规章', 'Regulations'),
        row('normativeDocuments', '行政规范性文件', 'Normative documents', ['规范性文件']),
      ],
    },
    {
      heading: heading('五', '5'),
      stubHeader,
      columns: [decisions],
      rows: [row('licensing', '行政许可', 'Administrative licensing')],
    },
    {
      heading: heading('六', '6'),
      stubHeader,
      columns: [decisions],
      rows: [
        row('punishment', '行政处罚', 'Administrative penalties'),
        row('coercion', '行政强制', 'Administrative coercion'),
      ],
    },
    {
      heading: heading('八', '8'),
      stubHeader,
      columns: [
        {
          key: 'amount',
          label: { zh: '本年收费金额（单位：万元）', en: 'Fees collected this year (10,000 yuan)' },
          kind: 'amount',
          unit: { zh: '万元', en: '10,000 yuan' },
          aliases: ['本年收费金额', '本年收费金额(单位:万元)'],
        },
      ],
      rows: [row('fees', '行政事业性收费', 'Administrative fees')],
    },
  ],
} as const satisfies TableDef;

const itemColumns = [
  { key: 'previousCount', label: { zh: '上一年项目数量', en: 'Items last year' }, kind: 'count' },
  {
    key: 'change',
    label: { zh: '本年增/减', en: 'Change this year' },
    kind: 'signedCount',
    aliases: ['本年增／减', '本年增减'],
  },
] as const satisfies readonly ColumnDef[];

/** Section 二 in the 2019 (trial) format. */
export const activeDisclosure2019 = {
  id: 'activeDisclosure',
  version: '2019',
  section: 'activeDisclosure',
  title,
  layout: 'rows',
  blocks: [
    {
      heading: heading('一', '1'),
      stubHeader,
      columns: [
        { key: 'made', label: { zh: '本年新制作数量', en: 'Made this year' }, kind: 'count' },
        { key: 'published', label: { zh: '本年新公开数量', en: 'Published this year' }, kind: 'count' },
        { key: 'totalPublished', label: { zh: '对外公开总数量', en: 'Total published' }, kind: 'count' },
      ],
      rows: [
        row('regulations', '规章', 'Regulations'),
        row('normativeDocuments', '规范性文件', 'Normative documents', ['行政规范性文件']),
      ],
    },
    {
      heading: heading('五', '5'),
      stubHeader,
      columns: [
        ...itemColumns,
        { key: 'decisions', label: { zh: '处理决定数量', en: 'Decisions' }, kind: 'count' },
      ],
      rows: [
        row('licensing', '行政许可', 'Administrative licensing'),
        row('otherManagementServices', '其他对外管理服务事项', 'Other public management services'),
      ],
    },
    {
      heading: heading('六', '6'),
      stubHeader,
      columns: [
        ...itemColumns,
        { key: 'decisions', label: { zh: '处理决定数量', en: 'Decisions' }, kind: 'count' },
      ],
      rows: [
        row('punishment', '行政处罚', 'Administrative penalties'),
        row('coercion', '行政强制', 'Administrative coercion'),
      ],
    },
    {
      heading: heading('八', '8'),
      stubHeader,
      columns: itemColumns,
      rows: [row('fees', '行政事业性收费', 'Administrative fees')],
    },
    {
      heading: heading('九', '9'),
      stubHeader,
      columns: [
        { key: 'projects', label: { zh: '采购项目数量', en: 'Procurement projects' }, kind: 'count' },
        { key: 'amount', label: { zh: '采购总金额', en: 'Total procurement amount' }, kind: 'amount' },
      ],
      rows: [row('procurement', '政府集中采购', 'Centralised government procurement')],
    },
  ],
} as const satisfies TableDef;
