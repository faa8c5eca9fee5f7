/**
 * The demo's entry: registers the components, restores the drafts (or imports the seed report on a
 * first visit), renders the page on every change and keeps the app working offline once loaded.
 */
import '@gongkai/components/define/gk-report';
import '@gongkai/components/define/gk-findings';
import '@gongkai/components/define/gk-report-editor';
import '@gongkai/components/define/gk-report-compare';
import './styles/app.css';
import { render } from 'lit';
import { focusPending } from './app/focus.js';
import { shell } from './app/shell.js';
import { Store } from './app/store.js';
import { listenForPreview } from './embed/preview-channel.js';
import { applyLocale } from './i18n/locale.js';
import { messagesFor } from './i18n/messages.js';
import { registerServiceWorker } from './offline/register.js';
import { openSeed } from './seed.js';

const store = new Store();
const root = document.getElementById('app') as HTMLElement;
applyLocale(store.locale);

function update(): void {
  render(shell(store), root);
  document.title = messagesFor(store.locale).appTitle;
  void focusPending(store);
}

store.subscribe(update);
addEventListener('hashchange', () => store.setViewFromHash(location.hash));
addEventListener('storage', (event) => {
  if (event.key === null || event.key.startsWith('gongkai-demo.draft.')) store.syncFromStorage();
});
listenForPreview();
store.setViewFromHash(location.hash);

// A first visit (or every draft deleted) opens on the three ways to start, the real example one
// click away; a link to another screen opens that screen on the example.
if (store.drafts.length === 0) {
  if (location.hash.replace(/^#\/?/, '') === '' || location.hash === '#start')
    store.setViewFromHash('#start');
  else void openSeed(store, messagesFor(store.locale));
} else void store.localizeDiagnostics();

if (import.meta.env.PROD) registerServiceWorker();
