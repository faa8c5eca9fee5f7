/** Which cells are likely wrong when the sums fail, and what they should hold. */

export { attachSuspects, explain } from './attach.js';
export { likelyCells } from './likely-cells.js';
