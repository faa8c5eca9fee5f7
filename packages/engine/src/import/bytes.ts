// src/pdf/ imports this by its path from before the importer was grouped by stage: it lives in ./sniff/bytes.ts.
export * from './sniff/bytes.js';
