/**
 * The components' own words (not the format's labels, which come from the catalogue). Chinese first,
 * English second; a portal overrides any of them through an element's `messages` property.
 */
import { type Locale, officialTitle, type Severity } from '@gongkai/schema';

export interface Messages {
  /** Title printed when a report has no `title` of its own. */
  reportTitle: (agency: string, year: number) => string;
  /** Accessible name of a table's scroll wrapper. */
  scrollRegion: (caption: string) => string;
  loading: string;
  loadFailed: (detail: string) => string;
  /** Why a report did not load, in words (the browser's message goes in a detail line). */
  invalidJson: string;
  httpFailed: (status: number, src: string) => string;
  fetchFailed: (src: string) => string;
  technicalDetail: string;
  /** What a findings list says when no check ran. */
  checking: string;
  checksOff: string;
  checkFailedEngine: string;
  checkFailedReport: string;
  noSource: (id: string) => string;
  ruleId: string;
  emptyNarrative: string;
  sectionMissing: string;
  severity: Record<Severity, string>;
  findingsHeading: string;
  findingsCount: (errors: number, warnings: number, infos: number) => string;
  noFindings: string;
  explanation: string;
  cellHasFinding: (severity: string, message: string) => string;
  undo: string;
  redo: string;
  toolbar: string;
  derived: string;
  derivedHint: string;
  /** After a paste: cells filled, and values beyond the table's edge that were not pasted. */
  pasted: (placed: number, overflow: number) => string;
  /** Cells holding a figure (typed or derived) of all the cells. */
  progress: (filled: number, total: number) => string;
  /** What is left to fill, per section: `三（12 格）`. */
  leftToFill: (parts: string) => string;
  /** Button that shows the findings about blank cells at once. */
  checkNow: string;
  blockedByErrors: (errors: number) => string;
  draftFound: (when: string) => string;
  draftRestore: string;
  draftDiscard: string;
  draftSaved: string;
  compareCaption: (caption: string, year: number, previousYear: number) => string;
  previousValue: string;
  change: string;
  bigChange: string;
  newlyReported: string;
  noLongerReported: string;
  notComparable: string;
  unchanged: string;
  /** How sure a proposal for a failing sum is, as the word before it. */
  suggestion: Record<'certain' | 'likely' | 'ambiguous' | 'none', string>;
  /** Under a finding whose proposal is shown under an earlier finding. */
  sameSuggestion: string;
  /** Marks a proposal about last year's report. */
  inPreviousReport: string;
  suggestionsHeading: string;
  adoptSuggestion: string;
  undoAdoption: string;
  adopted: (changes: string) => string;
}

const zh: Messages = {
  reportTitle: (agency, year) => officialTitle(agency, year, 'zh'),
  scrollRegion: (caption) => `${caption}（可横向滚动）`,
  loading: '正在载入报告……',
  loadFailed: (detail) => `报告载入失败：${detail}`,
  invalidJson: '报告数据不是有效的 JSON',
  httpFailed: (status, src) => `无法取得报告文件 ${src}（服务器返回 ${status}）`,
  fetchFailed: (src) => `无法取得报告文件 ${src}（网络或跨域错误）`,
  technicalDetail: '技术信息',
  checking: '正在核对……',
  checksOff: '未核对：报告未开启 show-findings。',
  checkFailedEngine: '未能核对：核对程序 gk-report-engine.js 未能载入（应与 gk-report.js 放在同一目录）。',
  checkFailedReport: '未能核对：报告未能载入。',
  noSource: (id) => `未能核对：页面上没有 id 为“${id}”的报告。`,
  ruleId: '规则编号',
  emptyNarrative: '（本部分无内容）',
  sectionMissing: '（原文缺少本部分）',
  severity: { error: '错误', warning: '警告', info: '提示' },
  findingsHeading: '核对结果',
  findingsCount: (e, w, i) => `${e} 个错误，${w} 个警告，${i} 个提示`,
  noFindings: '未发现问题。',
  explanation: '规则说明',
  cellHasFinding: (severity, message) => `${severity}：${message}`,
  undo: '撤销',
  redo: '重做',
  toolbar: '编辑工具',
  derived: '自动计算',
  derivedHint: '此数由合计关系自动算出；直接填写即可覆盖，覆盖后将参与核对。',
  pasted: (placed, overflow) =>
    `已粘贴 ${placed} 格${overflow > 0 ? `，超出表格的 ${overflow} 格未粘贴` : ''}。`,
  progress: (filled, total) => `已填写 ${filled} / ${total}`,
  leftToFill: (parts) => `待填：${parts}`,
  checkNow: '全部核对（含空白单元格）',
  blockedByErrors: (n) => `报告还有 ${n} 个错误，请更正后再提交。`,
  draftFound: (when) => `发现 ${when} 自动保存的草稿。`,
  draftRestore: '恢复草稿',
  draftDiscard: '丢弃草稿',
  draftSaved: '草稿已自动保存',
  compareCaption: (caption, year, previous) => `${caption}（${year}年与${previous}年对比）`,
  previousValue: '上年',
  change: '变化',
  bigChange: '变化较大',
  newlyReported: '本年新填报',
  noLongerReported: '本年未填报',
  notComparable: '两年格式不同，无法对比',
  unchanged: '无变化',
  suggestion: { certain: '建议（确定）', likely: '建议（可能）', ambiguous: '无法区分', none: '无法推断' },
  sameSuggestion: '修改建议同上。',
  inPreviousReport: '（上年报告）',
  suggestionsHeading: '修改建议',
  adoptSuggestion: '采用建议',
  undoAdoption: '撤销采用',
  adopted: (changes) => `已采用建议：${changes}。`,
};

const en: Messages = {
  reportTitle: (agency, year) => officialTitle(agency, year, 'en'),
  scrollRegion: (caption) => `${caption} (scrolls sideways)`,
  loading: 'Loading the report…',
  loadFailed: (detail) => `The report could not be loaded: ${detail}`,
  invalidJson: 'the report data is not valid JSON',
  httpFailed: (status, src) => `could not fetch ${src} (HTTP ${status})`,
  fetchFailed: (src) => `could not fetch ${src} (network or CORS)`,
  technicalDetail: 'Technical detail',
  checking: 'Checking…',
  checksOff: 'Not checked: show-findings is off.',
  checkFailedEngine: 'Not checked: gk-report-engine.js did not load (it belongs beside gk-report.js).',
  checkFailedReport: 'Not checked: the report did not load.',
  noSource: (id) => `Not checked: no report with id “${id}”.`,
  ruleId: 'Rule id',
  emptyNarrative: '(Nothing in this section.)',
  sectionMissing: '(This section is missing from the published text.)',
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  findingsHeading: 'Check results',
  findingsCount: (e, w, i) => `${e} errors, ${w} warnings, ${i} notes`,
  noFindings: 'No issues found.',
  explanation: 'About this rule',
  cellHasFinding: (severity, message) => `${severity}: ${message}`,
  undo: 'Undo',
  redo: 'Redo',
  toolbar: 'Editing tools',
  derived: 'calculated',
  derivedHint:
    'Calculated from the sums of the format; type a figure to override it, and it will be checked.',
  pasted: (placed, overflow) =>
    `Pasted ${placed} cells${overflow > 0 ? `; ${overflow} beyond the table were not` : ''}.`,
  progress: (filled, total) => `Filled ${filled} / ${total}`,
  leftToFill: (parts) => `Left to fill: ${parts}`,
  checkNow: 'Check all (blank cells too)',
  blockedByErrors: (n) => `The report still has ${n} error(s); correct them before submitting.`,
  draftFound: (when) => `A draft saved automatically at ${when} was found.`,
  draftRestore: 'Restore draft',
  draftDiscard: 'Discard draft',
  draftSaved: 'Draft saved',
  compareCaption: (caption, year, previous) => `${caption} (${year} compared with ${previous})`,
  previousValue: 'Last year',
  change: 'Change',
  bigChange: 'large change',
  newlyReported: 'newly reported',
  noLongerReported: 'not reported this year',
  notComparable: 'The two years use different formats; not comparable',
  unchanged: 'unchanged',
  suggestion: {
    certain: 'Fix (certain)',
    likely: 'Fix (likely)',
    ambiguous: 'Ambiguous',
    none: 'No proposal',
  },
  sameSuggestion: 'Same proposal as above.',
  inPreviousReport: ' (last year’s report)',
  suggestionsHeading: 'Proposed corrections',
  adoptSuggestion: 'Apply',
  undoAdoption: 'Undo the correction',
  adopted: (changes) => `Correction applied: ${changes}.`,
};

/** The default messages of each locale. */
export const defaultMessages: Record<Locale, Messages> = { zh, en };

/** The messages for a locale with a portal's overrides applied. */
export function messagesFor(
  locale: Locale,
  overrides?: Partial<Messages> | Partial<Record<Locale, Partial<Messages>>>,
): Messages {
  return overridden(defaultMessages, locale, overrides);
}

/** A catalogue's words for a locale with overrides, flat or per locale (also the editor's OCR words). */
export function overridden<T extends object>(
  defaults: Record<Locale, T>,
  locale: Locale,
  overrides?: Partial<T> | Partial<Record<Locale, Partial<T>>>,
): T {
  const base = defaults[locale];
  if (!overrides) return base;
  const scoped = (overrides as Partial<Record<Locale, Partial<T>>>)[locale];
  const flat = 'zh' in overrides || 'en' in overrides ? scoped : (overrides as Partial<T>);
  return flat ? { ...base, ...flat } : base;
}
