// src/pdf/ imports this by its path from before the importer was grouped by stage: it lives in ./lines/lines.ts.
export * from './lines/lines.js';
