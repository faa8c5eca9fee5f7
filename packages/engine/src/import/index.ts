/** Importers: published reports (text, HTML, CSV, JSON; .docx and .xlsx behind their own entry points). */

export { nothingRead } from './diagnostics/nothing-read.js';
export { importCsv } from './readers/csv.js';
export { importHtml } from './readers/html.js';
export { importJson } from './readers/json.js';
export { importText } from './readers/text.js';
export { importReport } from './report.js';
export type { ImportResult } from './result.js';
export { sniffText } from './sniff/kind.js';
