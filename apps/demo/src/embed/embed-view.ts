/** The embed screen: the exact snippet for a portal, a copy button and the snippet running live. */
import { html, type TemplateResult } from 'lit';
import { publishedReport } from '../app/published.js';
import { readiness } from '../app/readiness.js';
import type { Store } from '../app/store.js';
import type { Messages } from '../i18n/messages.js';
import { showInPreview } from './preview-channel.js';
import { embedSnippet, iframeSnippet, reportMarkup, selfHostDownloads } from './snippet.js';

export function embedView(store: Store, m: Messages): TemplateResult {
  const draft = store.current;
  if (!draft) return html``;
  const e = m.embed;
  const report = publishedReport(draft.report);
  const snippet = embedSnippet(report, store.locale);
  showInPreview(reportMarkup(report, store.locale));
  return html`
    <h2>${e.heading}</h2>
    <p>${e.intro}</p>
    ${readiness(store, m)}
    <div class="embed-code">
      <label for="embed-snippet">${e.snippetLabel}</label>
      <textarea id="embed-snippet" class="snippet" readonly rows="6" spellcheck="false" .value=${snippet}></textarea>
      <div class="actions">
        <button type="button" class="primary" @click=${() => copy(snippet, e.copied)}>${e.copy}</button>
        <span class="copy-status" role="status"></span>
      </div>
      <p class="hint">${e.selfHost}</p>
    </div>
    <section class="self-host" aria-labelledby="self-host-heading">
      <h3 id="self-host-heading">${e.filesHeading}</h3>
      <p>${e.filesIntro}</p>
      <ul class="self-host-files">
        ${selfHostDownloads.map((f) => html`<li><a href=${f.href} download=${f.name} data-selfhost=${f.name}>${e.download(f.name)}</a></li>`)}
      </ul>
      <p class="hint">${e.cmsNote}</p>
      <label for="embed-iframe">${e.iframeLabel}</label>
      <textarea id="embed-iframe" class="snippet" readonly rows="2" spellcheck="false" .value=${iframeSnippet(report, store.locale)}></textarea>
    </section>
    <section aria-labelledby="embed-preview-heading">
      <h3 id="embed-preview-heading">${e.previewHeading}</h3>
      <p class="hint">${e.previewNote}</p>
      <iframe class="embed-preview" title=${e.previewTitle} src="./embed-preview.html"></iframe>
    </section>
  `;
}

/** Copies the snippet; where the clipboard is refused, selects it so Ctrl+C works. */
async function copy(text: string, done: string): Promise<void> {
  // The status span has no Lit bindings inside, so writing its text here cannot upset a render.
  const status = document.querySelector<HTMLElement>('.copy-status');
  try {
    await navigator.clipboard.writeText(text);
    if (status) status.textContent = done;
  } catch {
    document.querySelector<HTMLTextAreaElement>('#embed-snippet')?.select();
  }
}
