// src/pdf/ imports this by its path from before the importer was grouped by stage: it lives in ./walk/walk.ts.
export * from './walk/walk.js';
