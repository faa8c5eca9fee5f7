/**
 * The page around the screens: title, language switch, the screens' navigation, the drafts list and a
 * status line. Rendered into the light DOM so one stylesheet (and print CSS) governs the whole page.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { compareView } from '../compare/compare-view.js';
import { draftsPanel } from '../drafts/drafts-panel.js';
import { editView } from '../edit/edit-view.js';
import { embedView } from '../embed/embed-view.js';
import { exportView } from '../export/export-view.js';
import { type Messages, messagesFor } from '../i18n/messages.js';
import { importChoice } from '../import/import-choice.js';
import { importView } from '../import/import-view.js';
import { previewView } from '../preview/preview-view.js';
import { startView } from '../start/start-view.js';
import type { Store } from './store.js';
import { type View, views } from './views.js';

const screens: Record<View, (store: Store, m: Messages) => TemplateResult> = {
  start: startView,
  edit: editView,
  import: importView,
  preview: previewView,
  compare: compareView,
  export: exportView,
  embed: embedView,
};

/** The whole page for the store's current state. */
export function shell(store: Store): TemplateResult {
  const m = messagesFor(store.locale);
  return html`
    <a class="skip-link" href="#main" @click=${skipToMain}>${m.skipToContent}</a>
    <header class="app-header">
      <div class="app-title">
        <h1>${m.appTitle}</h1>
        <p>${m.appTagline}</p>
      </div>
      <button
        type="button"
        class="lang-switch"
        lang=${m.switchToLang}
        @click=${() => store.setLocale(store.locale === 'en' ? 'zh' : 'en')}
      >
        ${m.switchTo}
      </button>
    </header>
    <nav class="app-nav" aria-label=${m.nav}>
      <ul>
        ${views.map(
          (view) =>
            html`<li>
              <a href=${`#${view}`} aria-current=${store.view === view ? 'page' : nothing}>${m.views[view]}</a>
            </li>`,
        )}
      </ul>
      ${draftsPanel(store, m)}
    </nav>
    <main id="main" tabindex="-1" class=${`view view-${store.view}`}>
      ${store.error ? html`<p class="error-line" role="alert">${m.failed(store.error)}</p>` : nothing}
      ${store.storageFailed ? html`<p class="error-line" role="alert">${m.storageFull}</p>` : nothing}
      ${importChoice(store, m)}
      ${
        store.current || store.view === 'import' || store.view === 'start'
          ? screens[store.view](store, m)
          : store.busy
            ? html`<p>${store.busy}</p>`
            : html`<p>${m.noDrafts} <a href="#import">${m.views.import}</a></p>`
      }
    </main>
    <p class="status" role="status" aria-live="polite">${store.busy ?? ''}</p>
  `;
}

/** The skip link moves focus without touching the hash, which addresses the screens. */
function skipToMain(event: Event): void {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
