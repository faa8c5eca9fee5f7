/**
 * `@gongkai/schema/catalogue`: the format's catalogue, labels and cell helpers without zod, for bundles
 * that render or edit reports but leave checking the JSON to the full entry.
 */

export * from './address.js';
export * from './catalogue/index.js';
export * from './empty-report.js';
export * from './labels.js';
export type {
  ActiveDisclosure2019,
  ActiveDisclosure2021,
  Agency,
  Appeals,
  Applications2019,
  Applications2021,
  Narrative,
  Report,
} from './report-schema.js';
export type { Cell, TableShape } from './table-shape.js';
