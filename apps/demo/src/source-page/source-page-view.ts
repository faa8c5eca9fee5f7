/**
 * 「原件第 N 页」: beside the findings of a report imported from a PDF, the page of the original that
 * prints the chosen cell, its figure outlined, so a checker sees the printed figure next to the finding.
 * Loaded with the first draft imported from a PDF (`source-panel.ts`), not with the app.
 */
import { columnLabelOf, formatsOf, layoutOf, rowLabelOf } from '@gongkai/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Store } from '../app/store.js';
import type { Draft } from '../drafts/draft.js';
import type { Messages } from '../i18n/messages.js';
import { attachSheet, sheetStatus } from './page-sheet.js';
import { closeSource, shownSource, toggleZoom, zoomOf } from './shown-source.js';

export function sourcePagePanel(store: Store, m: Messages, draft: Draft): TemplateResult | typeof nothing {
  const original = draft.original;
  if (!original) return nothing;
  const words = m.sourcePage;
  if (original.kept === false) return html`<p class="source-page-lost" role="status">${words.lost}</p>`;
  const shown = shownSource(draft.id);
  if (!shown) return html`<p class="hint source-page-hint">${words.hint}</p>`;
  const box = shown.box ?? (shown.path ? original.sources[shown.path] : undefined);
  const label = shown.path ? placeLabel(draft, shown.path, store) : words.diagnosticPlace;
  const status = box ? sheetStatus(draft.id, box.page) : 'none';
  const line =
    status === 'loading' && box
      ? words.loading(box.page)
      : status === 'lost'
        ? words.lost
        : status === 'failed'
          ? words.failed
          : '';
  return html`<section class="source-page" aria-labelledby="source-page-heading" data-path=${shown.path ?? nothing}>
    <div class="source-page-bar">
      <h2 id="source-page-heading">${box ? words.heading(box.page) : words.headingNone}</h2>
      ${
        box
          ? html`<button
              type="button"
              class="source-page-zoom"
              aria-pressed=${zoomOf() === 2 ? 'true' : 'false'}
              @click=${() => toggleZoom(store)}
            >
              ${words.zoom}
            </button>`
          : nothing
      }
      <button type="button" class="source-page-close" @click=${() => closeSource(store, draft.id)}>
        ${words.close}
      </button>
    </div>
    ${
      box
        ? html`<p class="hint source-page-place">${words.place(box.page, label)}</p>
          <div
            class="source-page-scroll"
            tabindex="0"
            role="region"
            aria-label=${words.scroller(box.page)}
            ${ref((el) => attachSheet(el, draft.id, box, zoomOf(), original.kept, () => store.refresh()))}
          >
            <div class="source-page-sheet">
              <canvas role="img" aria-label=${words.place(box.page, label)} data-page=${box.page}></canvas>
              <div class="source-page-mark" aria-hidden="true" hidden></div>
            </div>
          </div>
          <p class="source-page-status" role="status">${line}</p>`
        : html`<p class="source-page-status">${words.noBox(label)}</p>`
    }
  </section>`;
}

/** The cell as a reader names it on the page: 「（一）予以公开·自然人」. */
function placeLabel(draft: Draft, path: string, store: Store): string {
  const def = layoutOf(formatsOf(draft.report)).cellByAddress.get(path);
  if (!def) return path;
  const row = rowLabelOf(def, store.locale);
  return `${row}${store.locale === 'en' ? ', ' : '·'}${columnLabelOf(def, store.locale)}`;
}
