/**
 * @gongkai/engine: pure and isomorphic (browser and Node, no DOM, no fs). Derives totals, checks every
 * rule of the format, reads published reports and writes reports out.
 */

export * from './diagnostics.js';
export * from './export/index.js';
export * from './findings.js';
export * from './import/index.js';
export * from './validate/index.js';
