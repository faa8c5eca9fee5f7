/**
 * CDN bundle for writing a report: `<gk-report-editor>`, `<gk-report>`, `<gk-findings>` and
 * `<gk-report-compare>`, Lit and the engine included, self-registering.
 */
import '../define/gk-report.js';
import '../define/gk-findings.js';
import '../define/gk-report-editor.js';
import '../define/gk-report-compare.js';

export { GkReportCompare } from '../compare/compare-element.js';
export { GkReportEditor } from '../editor/editor-element.js';
export * from '../events/index.js';
export { GkFindings } from '../findings/findings-element.js';
export { GkReport } from '../report/report-element.js';
