/**
 * @gongkai/engine: pure and isomorphic (browser and Node, no DOM, no fs). Derives totals, checks every
 * rule of the format, reads published reports and writes reports out.
 */

export * from './diagnostics.js';
export * from './export/index.js';
export * from './findings.js';
export * from './import/index.js';
/** The importer's own decoding of text bytes, for pages that show the text it read. */
export { decodeText } from './import/sniff/bytes.js';
export * from './roll-forward/index.js';
export * from './validate/index.js';
