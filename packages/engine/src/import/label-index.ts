// src/pdf/ imports this by its path from before the importer was grouped by stage: it lives in ./labels/label-index.ts.
export * from './labels/label-index.js';
