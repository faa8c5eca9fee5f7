import { GkFindings } from '../findings/findings-element.js';

export { GkFindings };

// Guarded: a page may load two copies of the bundle, or register the class under another tag itself.
if (!customElements.get('gk-findings')) customElements.define('gk-findings', GkFindings);

declare global {
  interface HTMLElementTagNameMap {
    'gk-findings': GkFindings;
  }
}
