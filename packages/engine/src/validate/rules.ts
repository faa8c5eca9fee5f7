import type { RuleDef } from '../findings.js';

const both = ['2021', '2019'] as const;

/** Every rule `validate` applies, in the order FORMAT.md lists them. */
export const rules: readonly RuleDef[] = [
  {
    id: 'cell.invalid',
    severity: 'error',
    title: { zh: '单元格取值无效', en: 'Invalid cell value' },
    explanation: {
      zh: '每个单元格应填不小于 0 的整数；收费金额、采购金额可为小数；2019 版的「本年增/减」可为负数。',
      en: 'Each cell holds a whole number ≥ 0; fee and procurement amounts may be decimals; the 2019 “change this year” may be negative.',
    },
    versions: both,
  },
  {
    id: 'cell.blank',
    severity: 'warning',
    title: { zh: '单元格空白', en: 'Blank cell' },
    explanation: {
      zh: '空白不等于 0：没有发生的事项应填 0，用到空白单元格的核对只能报告“无法核对”。',
      en: 'Blank is not 0: enter 0 for what did not happen; checks that need a blank cell can only report that they could not be made.',
    },
    versions: both,
  },
  {
    id: 'applications.balance',
    severity: 'error',
    title: { zh: '申请数的勾稽关系（一+二=三+四）', en: 'Requests balance (I + II = III + IV)' },
    explanation: {
      zh: '第三部分每一列：本年新收加上年结转，等于本年度办理结果总计加结转下年度继续办理（表头注明的勾稽关系）。',
      en: 'In every column of section 3, new requests plus those carried over equal the results total plus those carried forward (the note printed above the table).',
    },
    versions: both,
  },
  {
    id: 'applications.results-sum',
    severity: 'error',
    title: { zh: '办理结果总计', en: 'Results total' },
    explanation: {
      zh: '第三部分每一列：「（七）总计」等于「（一）予以公开」至「（六）其他处理」各行之和。',
      en: 'In every column of section 3, “(7) Total” equals the sum of the result rows from “(1) Disclosed” to “(6) Otherwise handled”.',
    },
    versions: both,
  },
  {
    id: 'applications.row-sum',
    severity: 'error',
    title: { zh: '各行总计', en: 'Row totals' },
    explanation: {
      zh: '第三部分每一行：「总计」列等于自然人和五类法人或其他组织各列之和。',
      en: 'In every row of section 3, the “Total” column equals the six applicant columns added up.',
    },
    versions: both,
  },
  {
    id: 'appeals.group-sum',
    severity: 'error',
    title: { zh: '复议、诉讼总计', en: 'Review and lawsuit totals' },
    explanation: {
      zh: '第四部分行政复议和两类行政诉讼各自的「总计」等于结果维持、结果纠正、其他结果、尚未审结之和。',
      en: 'In section 4, each total of reviews and of both kinds of lawsuits equals upheld + corrected + other + pending.',
    },
    versions: both,
  },
  {
    id: 'active.regulations-level',
    severity: 'warning',
    title: { zh: '规章与机关层级', en: 'Regulations and the body’s level' },
    explanation: {
      zh: '只有国务院部门、省级和设区的市、自治州人民政府能制定规章；县级、乡镇和街道报告规章是错误的。',
      en: 'Only State Council departments, provinces and districted cities or autonomous prefectures make regulations; a county, township or street body reporting them is wrong.',
    },
    versions: both,
  },
  {
    id: 'format.outdated',
    severity: 'warning',
    title: { zh: '使用了旧版格式', en: 'Outdated format' },
    explanation: {
      zh: '2021 年度起的报告应使用国办公开办函〔2021〕30号的表格，不能再用 2019 版（整表，或只在第三部分用一行「（六）其他处理」）。',
      en: 'Reports on 2021 onward use the tables of 国办公开办函〔2021〕30号, not the 2019 ones (whole, or only section 3’s single “(6) Otherwise handled” row).',
    },
    versions: ['2019'],
  },
  {
    id: 'structure.missing-section',
    severity: 'error',
    title: { zh: '缺少部分', en: 'Missing section' },
    explanation: {
      zh: '报告应包含全部六个部分：总体情况、三张表、存在的主要问题及改进情况、其他需要报告的事项。',
      en: 'A report has all six sections: the overview, the three tables, problems and improvements, and other matters.',
    },
    versions: both,
  },
  {
    id: 'narrative.table-mismatch',
    severity: 'warning',
    title: { zh: '正文数字与表格不符', en: 'Narrative figure differs from the table' },
    explanation: {
      zh: '正文中写出的收到、上年结转、办结、结转下年度的申请数，行政复议、行政诉讼数，现行有效文件数和行政事业性收费，应与表格一致（「受理」常指一+二，两种口径都算一致）。',
      en: 'Figures stated in the text (requests received, carried over, answered, carried forward, reviews, lawsuits, documents in force, administrative fees) equal their cells (“received” often means I + II; either scope agrees).',
    },
    versions: both,
  },
  {
    id: 'narrative.fees-unreported',
    severity: 'warning',
    title: { zh: '未说明信息处理费', en: 'Processing fees not reported' },
    explanation: {
      zh: '2021 年度起，「六、其他需要报告的事项」应说明是否收取信息处理费（国办函〔2020〕109号）；写“未发生收费情况”也算说明。',
      en: 'From 2021, section 6 says whether information processing fees were charged (国办函〔2020〕109号); “no fees were charged” counts.',
    },
    versions: both,
  },
  {
    id: 'narrative.year-mismatch',
    severity: 'warning',
    title: { zh: '正文年度与报告年度不符', en: 'Narrative names another year' },
    explanation: {
      zh: '正文写出的统计期间（如「统计数据时间自 2024 年 1 月 1 日起至 2024 年 12 月 31 日」）或报告年度应是本报告的年度；沿用上年文字时常忘记改。',
      en: 'The statistics period (“data from 1 January to 31 December 2024”) or report year named in the text is the report’s own year; text carried over from last year often keeps the old one.',
    },
    versions: both,
  },
  {
    id: 'narrative.repeated-text',
    severity: 'warning',
    title: { zh: '正文照抄上年', en: 'Narrative repeats last year' },
    explanation: {
      zh: '正文一半以上的文字与上年报告逐字相同，说明报告没有反映本年度的工作。',
      en: 'Half or more of the narrative repeats last year’s report word for word.',
    },
    versions: both,
    needs: 'previous',
  },
  {
    id: 'cross-year.carry-over',
    severity: 'error',
    title: { zh: '上年结转与上年报告不衔接', en: 'Carry-over does not match last year' },
    explanation: {
      zh: '本年「二、上年结转」每一列应等于上年报告「四、结转下年度继续办理」的同一列。',
      en: 'Each column of this year’s “II. carried over” equals the same column of last year’s “IV. carried forward”.',
    },
    versions: both,
    needs: 'previous',
  },
  {
    id: 'cross-year.in-force',
    severity: 'warning',
    title: { zh: '现行有效件数与上年不衔接', en: 'Documents in force do not follow from last year' },
    explanation: {
      zh: '本年现行有效件数一般等于上年现行有效件数加本年制发、减本年废止；集中清理后可能合理地不符，所以是警告。',
      en: 'Documents in force usually equal last year’s plus those issued less those repealed; a clean-up can break this legitimately, hence a warning.',
    },
    versions: ['2021'],
    needs: 'previous',
  },
  {
    id: 'hierarchy.sum',
    severity: 'warning',
    title: { zh: '汇总数与下级报告之和不符', en: 'Aggregate differs from the units’ sum' },
    explanation: {
      zh: '政府的汇总报告中，申请和复议诉讼的每个数应等于所给各下级单位报告之和。',
      en: 'In a government’s aggregated report, every request and appeal figure equals the sum over the given units’ reports.',
    },
    versions: both,
    needs: 'units',
  },
];

const byId = new Map(rules.map((r) => [r.id, r]));
const rank = new Map(rules.map((r, i) => [r.id, i]));

/** The rule with this id, or undefined. */
export function ruleById(id: string): RuleDef | undefined {
  return byId.get(id);
}

/** Position of a rule in the catalogue, for ordering findings on the same cell. */
export function ruleRank(id: string): number {
  return rank.get(id) ?? rules.length;
}
