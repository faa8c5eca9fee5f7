import { row } from './row.js';
import type { ColumnDef, SumDef, TableDef } from './types.js';

const outcomeColumns = [
  { key: 'upheld', label: { zh: '结果维持', en: 'Upheld' }, kind: 'count' },
  { key: 'corrected', label: { zh: '结果纠正', en: 'Corrected' }, kind: 'count' },
  { key: 'other', label: { zh: '其他结果', en: 'Other outcome' }, kind: 'count' },
  { key: 'pending', label: { zh: '尚未审结', en: 'Pending' }, kind: 'count' },
  { key: 'total', label: { zh: '总计', en: 'Total' }, kind: 'count', isTotal: true },
] as const satisfies readonly ColumnDef[];

function appeals<V extends '2021' | '2019'>(version: V) {
  return {
    id: 'appeals' as const,
    version,
    section: 'appeals',
    title: {
      zh: '政府信息公开行政复议、行政诉讼情况',
      en: 'Administrative reviews and lawsuits over disclosure',
    },
    layout: 'transposed' as const,
    rowGroups: [
      {
        label: { zh: '行政诉讼', en: 'Administrative lawsuits' },
        rows: ['litigationDirect', 'litigationAfterReview'],
      },
    ],
    blocks: [
      {
        columns: outcomeColumns,
        rows: [
          row('review', '行政复议', 'Administrative review'),
          row('litigationDirect', '未经复议直接起诉', 'Lawsuit without prior review'),
          row('litigationAfterReview', '复议后起诉', 'Lawsuit after review'),
        ] as const,
      },
    ] as const,
    // appeals.group-sum: the 总计 of 行政复议 and of each kind of 行政诉讼 adds up its four outcomes.
    sums: [
      { rule: 'appeals.group-sum', each: 'row', lhs: ['total'], rhs: { except: ['total'] }, derive: 'total' },
    ] as const satisfies readonly SumDef[],
  } satisfies TableDef;
}

/** Section 四: the same in both formats. */
export const appeals2021 = appeals('2021');
export const appeals2019 = appeals('2019');
