// src/pdf/ imports this by its path from before the importer was grouped by stage: it lives in ./assemble/read-lines.ts.
export * from './assemble/read-lines.js';
