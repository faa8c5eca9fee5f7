/**
 * Which place of the original PDF the edit screen shows: the cell (or diagnostic) last chosen. Selecting a
 * finding or following a 「查看原件」 link always opens it; moving through cells follows along until the
 * person closes it, and then leaves it closed until a finding or a link asks again.
 */
import type { PdfBox } from '@gongkai/engine/pdf';
import type { Store } from '../app/store.js';

export interface ShownSource {
  draftId: string;
  /** The cell it is about; absent for a diagnostic located only by page and box. */
  path?: string;
  /** The box to mark, when the caller has it (a diagnostic); else the draft's source of `path`. */
  box?: PdfBox;
}

let shown: ShownSource | null = null;
/** The draft whose page the person closed: cells no longer open it. */
let closedFor: string | null = null;

export function shownSource(draftId: string): ShownSource | null {
  return shown?.draftId === draftId ? shown : null;
}

/** Shows the original's page of a cell or a diagnostic (a finding, a 「查看原件」 link). */
export function showSource(store: Store, request: ShownSource): void {
  closedFor = null;
  shown = request;
  store.refresh();
}

/** Follows the cell in focus, unless the person closed the page for this draft. */
export function followCell(store: Store, draftId: string, path: string): void {
  if (closedFor === draftId || (shown?.draftId === draftId && shown.path === path && !shown.box)) return;
  shown = { draftId, path };
  store.refresh();
}

export function closeSource(store: Store, draftId: string): void {
  closedFor = draftId;
  shown = null;
  store.refresh();
}

/** The page drawn to the panel's width (1) or twice that, for figures too small to read at the width. */
let zoom: 1 | 2 = 1;

export function zoomOf(): 1 | 2 {
  return zoom;
}

export function toggleZoom(store: Store): void {
  zoom = zoom === 1 ? 2 : 1;
  store.refresh();
}
