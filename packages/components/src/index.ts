/**
 * @gongkai/components: Lit elements that show, check, edit and compare 政府信息公开工作年度报告.
 * Importing this module registers nothing: import `@gongkai/components/define/<tag>` (or load a CDN
 * bundle) to register the tags, or register the classes under names of your own.
 */

export { type BigChange, type CellChange as CellComparison, compareCell } from './compare/change.js';
export { GkReportCompare } from './compare/compare-element.js';
export { GkReportEditor } from './editor/editor-element.js';
export type { OcrReview, OcrReviewItem } from './editor/ocr-review.js';
export { parseTsv } from './editor/tsv.js';
export type { Finding, RuleInfo } from './engine/api.js';
export * from './events/index.js';
export { GkFindings } from './findings/findings-element.js';
export type { FindingsSource } from './findings/source.js';
export { defaultMessages, type Messages, messagesFor } from './i18n/messages.js';
export { formatCell, parseCellInput } from './i18n/numbers.js';
export { defaultOcrMessages, type OcrMessages, ocrMessagesFor } from './i18n/ocr-messages.js';
export type { CornerCell, DataCell, GridCell, GridRow, HeaderCell, TableModel } from './model/table-model.js';
export { tableModel, tableModels } from './model/table-model.js';
export { escapeHtml } from './page/escape-html.js';
export { type PageParts, readingStyle, standalonePage } from './page/standalone-page.js';
export { inlineReportJson } from './report/inline-data.js';
export { GkReport } from './report/report-element.js';
