/**
 * Feeds the embed preview (an iframe running `embed-preview.html`) the element markup of the snippet.
 * The iframe is a page of its own, like a portal's, so the preview proves the snippet works outside
 * the app; messages are accepted only from this origin.
 */
import { type MarkupMessage, readyMessage } from './protocol.js';

let latest = '';

/** Records the markup to show and sends it to the preview if it is open. */
export function showInPreview(markup: string): void {
  if (markup === latest) return;
  latest = markup;
  post();
}

function post(): void {
  const frame = document.querySelector<HTMLIFrameElement>('iframe.embed-preview');
  const message: MarkupMessage = { type: 'gk-embed-markup', markup: latest };
  frame?.contentWindow?.postMessage(message, location.origin === 'null' ? '*' : location.origin);
}

/** Answers the preview page's "ready" (it loads after the markup was recorded). */
export function listenForPreview(): void {
  addEventListener('message', (event) => {
    if (event.origin !== location.origin || event.data !== readyMessage) return;
    post();
  });
}
