/**
 * Keeps drafts in localStorage, one key per draft plus an index, so a reload (or a crash) never loses
 * work and one oversized draft cannot corrupt the others.
 */
import type { Draft } from './draft.js';

const prefix = 'gongkai-demo.draft.';
const currentKey = 'gongkai-demo.current';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** Every saved draft, newest first; drafts that no longer parse are skipped, not thrown. */
export function loadDrafts(): Draft[] {
  const store = storage();
  if (!store) return [];
  const drafts: Draft[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(prefix)) continue;
    try {
      const draft = JSON.parse(store.getItem(key) ?? '') as Draft;
      if (draft?.id && draft.report) drafts.push(draft);
    } catch {
      // A half-written entry from an old version: leave it for the user's storage tools, show the rest.
    }
  }
  return drafts.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Saves one draft; false when the browser refused (quota, private mode). */
export function saveDraft(draft: Draft): boolean {
  try {
    storage()?.setItem(prefix + draft.id, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function removeDraft(id: string): void {
  storage()?.removeItem(prefix + id);
}

/** The draft that was open when the page was last left. */
export function loadCurrentId(): string | null {
  return storage()?.getItem(currentKey) ?? null;
}

export function saveCurrentId(id: string): void {
  try {
    storage()?.setItem(currentKey, id);
  } catch {
    // Not remembering which draft was open only costs a click after reload.
  }
}
