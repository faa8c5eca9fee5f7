/** How to print the report or save it as PDF, in plain words (the browser's print dialog, step by step). */
import { html, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/messages.js';

export function printHelp(m: Messages): TemplateResult {
  const h = m.printHelp;
  return html`<details class="print-help no-print">
    <summary>${h.heading}</summary>
    <ol>
      ${h.steps.map((step) => html`<li>${step}</li>`)}
    </ol>
    <p>${h.word}</p>
  </details>`;
}
