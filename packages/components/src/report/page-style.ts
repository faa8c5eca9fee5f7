import { pageCss } from '../styles/report-styles.js';

let adopted = false;

/**
 * Puts the A4 page box on the document once: `@page` only works in document-level style sheets.
 * Constructable style sheets are not inline styles, so this works under a strict CSP.
 */
export function adoptPageStyle(): void {
  if (adopted || typeof document === 'undefined' || !('adoptedStyleSheets' in document)) return;
  adopted = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(pageCss);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
