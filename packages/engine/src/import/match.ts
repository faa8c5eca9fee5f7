// src/pdf/ imports this by its path from before the importer was grouped by stage: it lives in ./labels/match.ts.
export * from './labels/match.js';
