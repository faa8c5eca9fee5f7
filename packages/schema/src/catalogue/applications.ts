import { row } from './row.js';
import type { ColumnDef, RowGroupDef, RowNode, SumDef, TableDef } from './types.js';

/** The seven applicant columns; 法人或其他组织 is a header group with no subtotal column of its own. */
export const applicantColumns = [
  { key: 'naturalPerson', label: { zh: '自然人', en: 'Individuals' }, kind: 'count', group: 'applicants' },
  { key: 'commercial', label: { zh: '商业企业', en: 'Businesses' }, kind: 'count', group: 'organizations' },
  {
    key: 'research',
    label: { zh: '科研机构', en: 'Research institutions' },
    kind: 'count',
    group: 'organizations',
  },
  {
    key: 'publicInterest',
    label: { zh: '社会公益组织', en: 'Public-interest organisations' },
    kind: 'count',
    group: 'organizations',
  },
  {
    key: 'legalServices',
    label: { zh: '法律服务机构', en: 'Legal service providers' },
    kind: 'count',
    group: 'organizations',
  },
  { key: 'otherOrganization', label: { zh: '其他', en: 'Others' }, kind: 'count', group: 'organizations' },
  { key: 'total', label: { zh: '总计', en: 'Total' }, kind: 'count', group: 'applicants', isTotal: true },
] as const satisfies readonly ColumnDef[];

const withheld = {
  kind: 'group',
  key: 'withheld',
  label: { zh: '（三）不予公开', en: '(3) Withheld' },
  children: [
    row('stateSecret', '1.属于国家秘密', '1. State secret'),
    row('prohibitedByLaw', '2.其他法律行政法规禁止公开', '2. Disclosure prohibited by other laws', [
      '2.其他法律行政止公开',
    ]),
    row('endangersSafety', '3.危及“三安全一稳定”', '3. Endangers the “three securities and one stability”'),
    row('thirdPartyRights', '4.保护第三方合法权益', '4. Protects lawful rights of third parties'),
    row('internalAffairs', '5.属于三类内部事务信息', '5. Internal affairs information'),
    row('processInformation', '6.属于四类过程性信息', '6. Process information'),
    row('enforcementCaseFiles', '7.属于行政执法案卷', '7. Law-enforcement case files'),
    row('administrativeQuery', '8.属于行政查询事项', '8. Administrative query matters'),
  ],
} as const satisfies RowGroupDef;

const unavailable = {
  kind: 'group',
  key: 'unavailable',
  label: { zh: '（四）无法提供', en: '(4) Cannot be provided' },
  children: [
    row('notHeld', '1.本机关不掌握相关政府信息', '1. Not held by this body'),
    row('needsCreation', '2.没有现成信息需要另行制作', '2. Would have to be newly created'),
    row('stillUnclear', '3.补正后申请内容仍不明确', '3. Still unclear after correction'),
  ],
} as const satisfies RowGroupDef;

const notProcessed = {
  kind: 'group',
  key: 'notProcessed',
  label: { zh: '（五）不予处理', en: '(5) Not processed' },
  children: [
    row('complaint', '1.信访举报投诉类申请', '1. Petitions, reports and complaints'),
    row('duplicate', '2.重复申请', '2. Repeated request'),
    row('publication', '3.要求提供公开出版物', '3. Asks for published material'),
    row('excessive', '4.无正当理由大量反复申请', '4. Excessive repeated requests without good reason'),
    row(
      'confirmation',
      '5.要求行政机关确认或重新出具已获取信息',
      '5. Asks to confirm or reissue information already obtained',
    ),
  ],
} as const satisfies RowGroupDef;

const otherHandling2021 = {
  kind: 'group',
  key: 'otherHandling',
  label: { zh: '（六）其他处理', en: '(6) Otherwise handled' },
  children: [
    row(
      'overdueCorrection',
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '1. Applicant did not correct the request in time; no longer processed',
      ['1.逾期不补正'],
    ),
    row(
      'overdueFee',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '2. Applicant did not pay the fee in time; no longer processed',
      ['2.逾期不缴费'],
    ),
    row('other', '3.其他', '3. Other'),
  ],
} as const satisfies RowGroupDef;

function resultRows<O extends RowNode>(otherHandling: O) {
  return {
    kind: 'group' as const,
    label: { zh: '三、本年度办理结果', en: 'III. Results this year' },
    children: [
      row('granted', '（一）予以公开', '(1) Disclosed'),
      row(
        'partiallyGranted',
        '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
        '(2) Partly disclosed (counted here only)',
        ['（二）部分公开'],
      ),
      withheld,
      unavailable,
      notProcessed,
      otherHandling,
      // 合计: the total row as some provinces word it.
      { ...row('resultsTotal', '（七）总计', '(7) Total', ['（七）合计']), isTotal: true as const },
    ] as const,
  };
}

function block<O extends RowNode>(otherHandling: O) {
  return {
    stubHeader: { zh: '', en: '' },
    columns: applicantColumns,
    columnGroups: [
      { id: 'applicants', label: { zh: '申请人情况', en: 'Applicants' } },
      {
        id: 'organizations',
        label: { zh: '法人或其他组织', en: 'Legal persons or other organisations' },
        parent: 'applicants',
      },
    ],
    rows: [
      row('newReceived', '一、本年新收政府信息公开申请数量', 'I. New requests received this year'),
      row('carriedOver', '二、上年结转政府信息公开申请数量', 'II. Requests carried over from last year'),
      resultRows(otherHandling),
      row('carriedForward', '四、结转下年度继续办理', 'IV. Carried forward to next year'),
    ] as const,
  };
}

const title = {
  zh: '收到和处理政府信息公开申请情况',
  en: 'Requests for disclosure received and handled',
};
const note = {
  zh: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  en: '(In each column, item I plus item II equals item III plus item IV.)',
};

/** The arithmetic of section 三, the same in both formats. */
const sums = [
  // applications.row-sum: the 总计 column of every row adds up the six applicant columns.
  { rule: 'applications.row-sum', each: 'row', lhs: ['total'], rhs: { except: ['total'] }, derive: 'total' },
  // applications.results-sum: （七）总计 adds up every result row from 予以公开 to the last 其他处理 row.
  {
    rule: 'applications.results-sum',
    each: 'column',
    lhs: ['resultsTotal'],
    rhs: { from: 'granted', before: 'resultsTotal' },
    derive: 'resultsTotal',
  },
  // applications.balance: 一 + 二 = 三 + 四, the note printed above the table.
  {
    rule: 'applications.balance',
    each: 'column',
    lhs: ['newReceived', 'carriedOver'],
    rhs: ['resultsTotal', 'carriedForward'],
    derive: 'carriedForward',
  },
] as const satisfies readonly SumDef[];

/** Section 三 in the 2021 format: 25 rows, （六） split in three. */
export const applications2021 = {
  id: 'applications',
  version: '2021',
  section: 'applications',
  title,
  note,
  layout: 'rows',
  blocks: [block(otherHandling2021)],
  sums,
} as const satisfies TableDef;

/** Section 三 in the 2019 format: 23 rows, a single （六）其他处理 row. */
export const applications2019 = {
  id: 'applications',
  version: '2019',
  section: 'applications',
  title,
  note,
  layout: 'rows',
  blocks: [block(row('otherHandling', '（六）其他处理', '(6) Otherwise handled'))],
  sums,
} as const satisfies TableDef;
