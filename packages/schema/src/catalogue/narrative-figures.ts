import type { Label } from './types.js';

/**
 * A figure that sections 一/五/六 usually state in words, and the cells it stands for. The narrative
 * is free text, so each figure is found by a few tight wordings seen in published reports (a loose
 * pattern would read 受理网络问政182件 as requests); `(?<n>…)` captures the number.
 */
export interface NarrativeFigureDef {
  id: string;
  label: Label;
  /** Unit the narrative states the figure in. */
  unit: Label;
  /**
   * Regular-expression sources, each with a named group `n` for the number, each beginning with one
   * of `keywords` (after at most a look-behind), so a reader can find the keywords and try the
   * patterns only there.
   */
  patterns: readonly string[];
  /** The words the patterns begin with: where none occurs, the figure is not stated. */
  keywords: readonly string[];
  /**
   * The sums of cells the figure may mean. Reports use 受理 both for 一 alone and for 一+二, so the
   * figure agrees with the table when it equals any scope whose cells are all filled in.
   */
  scopes: readonly (readonly string[])[];
}

// A number as printed: 3119, 3,119, 96171.6, full-width ３１１９.
const n = '(?<n>[\\d０-９][\\d０-９,，]*(?:\\.[\\d０-９]+)?)';
// Words that may stand between a keyword and its number without changing what is counted; stops at
// punctuation, digits and at 案/议/讼 so that 办理相关案件74件 or 受理行政复议申请 are not read as requests.
const gap = (max: number) => `[^\\d０-９，。；：,;:！？!?\\n（）()、案议讼]{0,${max}}?`;

const piece = { zh: '件', en: '' };

/** The figures compared by `narrative.table-mismatch`, in the order a report usually states them. */
export const narrativeFigures: readonly NarrativeFigureDef[] = [
  {
    id: 'received',
    label: { zh: '收到（受理）的申请', en: 'requests received' },
    unit: piece,
    keywords: ['收到', '受理', '新收'],
    patterns: [
      `(?:收到|受理|新收)${gap(12)}(?:申请|信息公开)${gap(6)}${n}件`,
      `(?:收到|受理|新收)${n}件${gap(4)}申请`,
    ],
    scopes: [
      ['applications.newReceived.total'],
      ['applications.newReceived.total', 'applications.carriedOver.total'],
    ],
  },
  {
    id: 'carriedOver',
    label: { zh: '上年结转的申请', en: 'requests carried over from last year' },
    unit: piece,
    keywords: ['结转'],
    // 上年结转, 上年度结转, 上一年度结转: begins at 结转 and looks back for 上年.
    patterns: [`结转(?<=上一?年度?结转)${gap(8)}${n}件`],
    scopes: [['applications.carriedOver.total']],
  },
  {
    id: 'answered',
    label: { zh: '办结（答复）的申请', en: 'requests answered' },
    unit: piece,
    keywords: ['答复', '办结', '办理'],
    patterns: [`(?:答复|办结|办理)了?(?:政府信息公开|信息公开|依申请公开)?(?:申请)?(?:共计|共|总计)?${n}件`],
    scopes: [['applications.resultsTotal.total']],
  },
  {
    id: 'carriedForward',
    label: { zh: '结转下年度的申请', en: 'requests carried forward to next year' },
    unit: piece,
    keywords: ['结转', '顺延'],
    patterns: [
      `(?:结转|顺延)(?:到|至)?下一?年度?(?:继续办理|办理|答复)?${gap(6)}${n}件`,
      // 另有103件顺延到下年度: the number comes first. Matching the keyword, then looking back for the
      // number, lets V8 skip ahead to the keyword (a leading look-behind or digit is 100× slower).
      `(?:结转|顺延)(?<=${n}件${gap(14)}(?:结转|顺延))(?:到|至)?下一?年度?`,
    ],
    scopes: [['applications.carriedForward.total']],
  },
  {
    id: 'reviews',
    label: { zh: '行政复议案件', en: 'administrative reviews' },
    unit: piece,
    keywords: ['行政复议'],
    patterns: [`行政复议(?:案件|申请)?(?:共计|共)?${n}[件起]`],
    scopes: [['appeals.review.total']],
  },
  {
    id: 'lawsuits',
    label: { zh: '行政诉讼案件', en: 'administrative lawsuits' },
    unit: piece,
    keywords: ['诉讼'],
    patterns: [`(?<![刑民])诉讼(?:案件)?(?:共计|共)?${n}[件起]`],
    scopes: [['appeals.litigationDirect.total', 'appeals.litigationAfterReview.total']],
  },
  {
    id: 'regulationsInForce',
    label: { zh: '现行有效规章', en: 'regulations in force' },
    unit: piece,
    keywords: ['现行有效'],
    patterns: [
      `现行有效的?(?:政府)?规章(?:共计|共)?${n}件`,
      `现行有效(?<=规章现行有效)的?(?:共计|共)?${n}件`,
    ],
    scopes: [['activeDisclosure.regulations.inForce']],
  },
  {
    id: 'normativeDocumentsInForce',
    label: { zh: '现行有效规范性文件', en: 'normative documents in force' },
    unit: piece,
    keywords: ['现行有效'],
    patterns: [
      `现行有效的?(?:行政)?规范性文件(?:共计|共)?${n}件`,
      `现行有效(?<=规范性文件现行有效)的?(?:共计|共)?${n}件`,
    ],
    scopes: [['activeDisclosure.normativeDocuments.inForce']],
  },
  {
    // 信息处理费 has no cell in the tables (it is stated in 六 only), so it is not compared here.
    id: 'administrativeFees',
    label: { zh: '行政事业性收费金额', en: 'administrative fees collected' },
    unit: { zh: '万元', en: '×10,000 yuan' },
    keywords: ['行政事业性收费'],
    patterns: [`行政事业性收费(?:金额|总额)?(?:共计|共|为)?${n}万元`],
    scopes: [['activeDisclosure.fees.amount']],
  },
];
