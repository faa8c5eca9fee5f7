// src/pdf/ imports this by its path from before the importer was grouped by stage: it lives in ./figures/value.ts.
export * from './figures/value.js';
