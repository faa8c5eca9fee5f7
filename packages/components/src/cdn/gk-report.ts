/**
 * CDN bundle for portals without a build step: `<gk-report>` and `<gk-findings>`, Lit included,
 * self-registering. A server-rendered report is
 * taken over in place (see `GkReport.createRenderRoot`).
 */
import '../define/gk-report.js';
import '../define/gk-findings.js';

export { GkFindings } from '../findings/findings-element.js';
export { GkReport } from '../report/report-element.js';
