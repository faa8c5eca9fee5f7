/**
 * The report exactly as a portal shows it (`<gk-report>`, derived totals filled), and printing: the
 * print stylesheet hides everything but the report, so "save as PDF" gives the published document.
 */
import { html, type TemplateResult } from 'lit';
import { publishedReport } from '../app/published.js';
import type { Store } from '../app/store.js';
import { printHelp } from '../export/print-help.js';
import type { Messages } from '../i18n/messages.js';

export function previewView(store: Store, m: Messages): TemplateResult {
  const draft = store.current;
  if (!draft) return html``;
  return html`
    <div class="preview-bar no-print">
      <div>
        <h2>${m.preview.heading}</h2>
        <p>${m.preview.intro}</p>
      </div>
      <label class="check">
        <input
          type="checkbox"
          .checked=${store.previewFindings}
          @change=${(e: Event) => store.setPreviewFindings((e.currentTarget as HTMLInputElement).checked)}
        />
        ${m.preview.showFindings}
      </label>
      <button type="button" class="primary" @click=${() => print()}>${m.preview.print}</button>
    </div>
    ${printHelp(m)}
    <div class="portal-frame">
      <gk-report
        class="printable"
        ?show-findings=${store.previewFindings}
        .report=${publishedReport(draft.report)}
        .previous=${draft.previous}
      ></gk-report>
    </div>
  `;
}
