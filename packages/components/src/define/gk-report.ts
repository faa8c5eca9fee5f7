import { GkReport } from '../report/report-element.js';

export { GkReport };

// Guarded: a page may load two copies of the bundle, or register the class under another tag itself.
if (!customElements.get('gk-report')) customElements.define('gk-report', GkReport);

declare global {
  interface HTMLElementTagNameMap {
    'gk-report': GkReport;
  }
}
