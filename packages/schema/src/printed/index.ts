export * from './placement.js';
export { tableModel, tableModels } from './table-model.js';
export type * from './types.js';
