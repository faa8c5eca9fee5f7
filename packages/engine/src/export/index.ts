/** Exporters: the official text layout, Markdown, long-form CSV and JSON (the .xlsx workbook in `@gongkai/engine/xlsx`). */
export { toCsv } from './csv.js';
export { guardCsvFormula } from './csv-guard.js';
export { type Grid, type GridCell, tableGrid } from './grid.js';
export { toJson } from './json.js';
export { toMarkdown } from './markdown.js';
export { signatureOf, signOffLines } from './signature.js';
export { toText } from './text.js';
