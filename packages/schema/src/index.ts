/**
 * @gongkai/schema: the 政府信息公开工作年度报告 as data.
 * The catalogue (sections, tables, rows, columns, labels, sums) is the single source every other
 * package derives from; the zod schemas are generated from it.
 */

export * from './address.js';
export * from './catalogue/agency-level-by-name.js';
export * from './catalogue/cross-year.js';
export * from './catalogue/index.js';
export * from './catalogue/narrative-figures.js';
export * from './catalogue/obligations.js';
export * from './catalogue/regulation-making.js';
export * from './catalogue/template-placeholders.js';
export * from './empty-report.js';
export * from './labels.js';
export { isPlainReport } from './plain-report.js';
export * from './problems.js';
export * from './report-schema.js';
export type { Cell, TableShape } from './table-shape.js';
