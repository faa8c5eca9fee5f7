/**
 * Moves focus where a link between screens asked (a diagnostic's line, a cell), once the target screen
 * has rendered: focus follows the user's intent, and screen readers announce where they landed.
 */
import type { Store } from './store.js';

export async function focusPending(store: Store): Promise<void> {
  const request = store.pendingFocus;
  if (!request) return;
  if ('line' in request) {
    const line = document.getElementById(`line-${request.line}`);
    if (!line) return;
    store.pendingFocus = null;
    line.scrollIntoView({ block: 'center' });
    line.focus({ preventScroll: true });
    return;
  }
  const editor = document.querySelector('gk-report-editor');
  if (!editor) return;
  store.pendingFocus = null;
  await editor.updateComplete;
  editor.focusCell(request.cell);
}
