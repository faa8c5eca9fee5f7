import { GkReportEditor } from '../editor/editor-element.js';

export { GkReportEditor };

// Guarded: a page may load two copies of the bundle, or register the class under another tag itself.
if (!customElements.get('gk-report-editor')) customElements.define('gk-report-editor', GkReportEditor);

declare global {
  interface HTMLElementTagNameMap {
    'gk-report-editor': GkReportEditor;
  }
}
