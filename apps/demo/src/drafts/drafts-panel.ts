/**
 * The list of drafts kept in this browser, as a menu in the navigation bar: open one, delete one, start
 * another. A menu rather than a column, so the report's wide tables keep the page's width.
 */
import { createEmptyReport } from '@gongkai/schema';
import { html, nothing, type TemplateResult } from 'lit';
import type { Store } from '../app/store.js';
import type { Messages } from '../i18n/messages.js';
import { openSeed } from '../seed.js';
import { draftOrigin, draftTitle } from './draft.js';

export function draftsPanel(store: Store, m: Messages): TemplateResult {
  const current = store.current;
  const time = new Intl.DateTimeFormat(store.locale === 'en' ? 'en' : 'zh-CN', {
    dateStyle: 'short',
    timeStyle: 'short',
  });
  return html`
    <details class="drafts">
      <summary>${m.drafts.heading}（${store.drafts.length}）</summary>
      <div class="drafts-popover">
      <p class="hint">${m.drafts.count(store.drafts.length)}</p>
      <ul class="drafts-list">
        ${store.drafts.map((draft) => {
          const title = draftTitle(draft, m.drafts.untitled);
          const isCurrent = draft.id === current?.id;
          return html`<li class=${isCurrent ? 'current' : ''} data-draft=${draft.id}>
            <button
              type="button"
              class="draft-open"
              aria-current=${isCurrent ? 'true' : nothing}
              @click=${(e: Event) => {
                closeMenu(e);
                store.select(draft.id);
              }}
            >
              <span class="draft-title">${title}</span>
              <span class="draft-origin">${draftOrigin(draft, m.drafts.origin)}</span>
              <span class="draft-time">${m.drafts.saved(time.format(draft.updatedAt))}</span>
            </button>
            <button
              type="button"
              class="draft-remove"
              aria-label=${m.drafts.remove(title)}
              title=${m.drafts.remove(title)}
              @click=${() => {
                if (confirm(m.drafts.confirmRemove(title))) store.remove(draft.id);
              }}
            >
              ×
            </button>
          </li>`;
        })}
      </ul>
      <div class="drafts-actions">
        <button
          type="button"
          @click=${(e: Event) => {
            closeMenu(e);
            void openSeed(store, m);
          }}
        >
          ${m.drafts.newFromSeed}
        </button>
        <button
          type="button"
          @click=${(e: Event) => {
            closeMenu(e);
            store.addReport(createEmptyReport({ year: new Date().getFullYear() - 1, agency: { name: '' } }));
          }}
        >
          ${m.drafts.newBlank}
        </button>
      </div>
      </div>
    </details>
  `;
}

/** Closes the drafts menu once a choice is made, as menus do. */
function closeMenu(event: Event): void {
  const details = (event.currentTarget as HTMLElement).closest('details');
  if (details) details.open = false;
}
