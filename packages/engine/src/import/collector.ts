// src/pdf/ imports this by its path from before the importer was grouped by stage: it lives in ./diagnostics/collector.ts.
export * from './diagnostics/collector.js';
