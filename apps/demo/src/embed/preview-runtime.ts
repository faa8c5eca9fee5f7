/**
 * The embed preview page's script: registers `<gk-report>` (the code the CDN bundle carries, built
 * from the same source) and shows whatever element markup the app sends, as a portal page would.
 */
import '@gongkai/components/define/gk-report';
import { type MarkupMessage, readyMessage } from './protocol.js';

addEventListener('message', (event) => {
  if (event.origin !== location.origin) return;
  const data = event.data as Partial<MarkupMessage> | null;
  if (data?.type !== 'gk-embed-markup' || typeof data.markup !== 'string') return;
  const main = document.querySelector('main');
  // The markup is the app's own snippet: an element and a JSON script, which innerHTML never runs.
  if (main) main.innerHTML = data.markup;
});

parent.postMessage(readyMessage, location.origin);
