/** The links and the place on the edit screen that open the original's page (the page itself loads later). */
import type { Diagnostic } from '@gongkai/engine';
import type { PdfBox } from '@gongkai/engine/pdf';
import { html, nothing, type TemplateResult } from 'lit';
import type { Store } from '../app/store.js';
import type { Draft } from '../drafts/draft.js';
import type { Messages } from '../i18n/messages.js';
import { showSource } from './shown-source.js';

let panel: typeof import('./source-page-view.js') | undefined;
let loading = false;

/** The panel of a draft imported from a PDF; its code loads the first time one is open. */
export function sourcePanel(store: Store, m: Messages, draft: Draft): TemplateResult | typeof nothing {
  if (!draft.original) return nothing;
  if (panel) return panel.sourcePagePanel(store, m, draft);
  if (!loading) {
    loading = true;
    void import('./source-page-view.js').then(
      (loaded) => {
        panel = loaded;
        store.refresh();
      },
      () => {
        // Offline before the chunk was cached: tried again with the next draft shown.
        loading = false;
      },
    );
  }
  return nothing;
}

/** 「查看原件第 N 页」 for a diagnostic the PDF reader located by page and box. */
export function sourceLink(store: Store, m: Messages, d: Diagnostic): TemplateResult | typeof nothing {
  const draft = store.current;
  const box: PdfBox | undefined = d.box;
  if (!box || !draft?.original || draft.original.kept === false) return nothing;
  const request = { draftId: draft.id, box, ...(d.path ? { path: d.path } : {}) };
  return html`<a class="source-link" href="#edit" @click=${() => showSource(store, request)}
    >${m.sourcePage.open(box.page)}</a
  >`;
}
