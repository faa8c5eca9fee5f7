/** Validation and totals: every cross-check of the format, located to the cell, driven by the catalogue. */

export { ruleById, rules } from './rules.js';
export { type AppliedFix, applyCertainFixes, applySuspect, likelyCells } from './suspects/index.js';
export { computeTotals } from './totals.js';
export { validate } from './validate.js';
