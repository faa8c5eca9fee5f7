// src/pdf/ imports this by its path from before the importer was grouped by stage: it lives in ./figures/fit.ts.
export * from './figures/fit.js';
