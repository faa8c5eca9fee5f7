/** Which cells are likely wrong when the sums fail, and what they should hold. */

export { type AppliedFix, applyCertainFixes, applySuspect, fixNote } from './apply.js';
export { attachSuspects } from './attach.js';
export { explain } from './explain.js';
export { likelyCells } from './likely-cells.js';
