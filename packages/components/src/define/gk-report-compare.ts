import { GkReportCompare } from '../compare/compare-element.js';

export { GkReportCompare };

// Guarded: a page may load two copies of the bundle, or register the class under another tag itself.
if (!customElements.get('gk-report-compare')) customElements.define('gk-report-compare', GkReportCompare);

declare global {
  interface HTMLElementTagNameMap {
    'gk-report-compare': GkReportCompare;
  }
}
