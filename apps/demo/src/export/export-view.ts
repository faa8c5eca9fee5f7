/** The export screen: one button per format, each downloading the published report. */
import { html, type TemplateResult } from 'lit';
import { publishedReport } from '../app/published.js';
import { readiness } from '../app/readiness.js';
import type { Store } from '../app/store.js';
import type { Messages } from '../i18n/messages.js';
import { download } from './download.js';
import { type ExportFormat, exportFile, exportFileName, exportFormats } from './formats.js';
import { printHelp } from './print-help.js';

export function exportView(store: Store, m: Messages): TemplateResult {
  const draft = store.current;
  if (!draft) return html``;
  const v = m.exportView;
  const busy = store.busy !== null;
  return html`
    <h2>${v.heading}</h2>
    <p>${v.intro}</p>
    ${readiness(store, m)}
    <ul class="export-list">
      ${exportFormats.map(
        (format) => html`<li>
          <button
            type="button"
            data-format=${format}
            ?disabled=${busy}
            @click=${() => exportAs(store, m, format)}
          >
            ${v.download} ${v.formats[format]}
          </button>
          <code class="file-name">${exportFileName(draft.report, format)}</code>
        </li>`,
      )}
    </ul>
    ${printHelp(m)}
  `;
}

async function exportAs(store: Store, m: Messages, format: ExportFormat): Promise<void> {
  const draft = store.current;
  if (!draft) return;
  const report = publishedReport(draft.report);
  const blob = await store.run(m.exportView.working, () => exportFile(report, format, store.locale));
  if (blob) download(blob, exportFileName(report, format));
}
