// src/pdf/ imports this by its path from before the importer was grouped by stage: it lives in ./assemble/assemble.ts.
export * from './assemble/assemble.js';
