/** Importers: published reports (text, HTML, CSV, JSON; .docx and .xlsx behind their own entry points). */
export { importCsv } from './csv.js';
export { importHtml } from './html.js';
export { importJson } from './json.js';
export { importReport, sniffText } from './report.js';
export type { ImportResult } from './result.js';
export { importText } from './text.js';
