/**
 * An import of a body and year that already has a draft: 「替换」 puts it over that draft, 「另存为新草稿」
 * keeps both. Shown above every screen and focused at once, so the keyboard lands on the choice.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Store } from '../app/store.js';
import type { Messages } from '../i18n/messages.js';

/**
 * Called only when the element is new (one function for every render), so focus moves once; after the
 * render, as lit calls it before the new element is in the page.
 */
function focusOnArrival(element: Element | undefined): void {
  if (element instanceof HTMLElement) queueMicrotask(() => element.focus());
}

export function importChoice(store: Store, m: Messages): TemplateResult | typeof nothing {
  const pending = store.pendingImport;
  if (!pending) return nothing;
  const { report } = pending.imported;
  const v = m.importChoice;
  const go = (choice: 'replace' | 'new') => () => {
    store.settleImport(choice);
    // The buttons are gone: keep the keyboard on the page rather than lose it to the body.
    document.getElementById('main')?.focus();
  };
  return html`<section class="import-choice" role="group" aria-labelledby="import-choice-text">
    <p id="import-choice-text">${v.found(report.agency?.name?.trim() ?? '', report.year)}</p>
    <button type="button" class="import-replace" ${ref(focusOnArrival)} @click=${go('replace')}>${v.replace}</button>
    <button type="button" class="import-new" @click=${go('new')}>${v.saveNew}</button>
  </section>`;
}
