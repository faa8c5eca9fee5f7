/**
 * Keeps the file a draft was imported from (a PDF's bytes) in IndexedDB, keyed by the draft's id:
 * megabytes that localStorage's JSON could not hold, kept so the page of a finding can still be shown
 * after a reload. Every call settles, never throws: a browser that refuses only loses the page view.
 */
const DATABASE = 'gongkai-demo.originals';
const STORE = 'originals';

let opening: Promise<IDBDatabase> | undefined;

function database(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('blocked'));
  });
  // A failed open is tried again next time (private mode may end, quota may be freed).
  opening.catch(() => {
    opening = undefined;
  });
  return opening;
}

async function transact<T>(
  mode: IDBTransactionMode,
  step: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await database();
  return new Promise<T>((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const request = step(tx.objectStore(STORE));
    // Resolved when the transaction commits, not when the request succeeds: a quota error comes at commit.
    tx.oncomplete = () => resolve(request.result);
    tx.onerror = () => reject(tx.error ?? request.error);
    tx.onabort = () => reject(tx.error ?? new Error('aborted'));
  });
}

/** Saves a draft's original bytes; false when the browser refused (quota, private mode, no IndexedDB). */
export async function saveOriginal(id: string, bytes: ArrayBuffer): Promise<boolean> {
  try {
    await transact('readwrite', (store) => store.put(new Blob([bytes], { type: 'application/pdf' }), id));
    return true;
  } catch {
    return false;
  }
}

/** A draft's original bytes, or undefined when none were kept. */
export async function loadOriginal(id: string): Promise<ArrayBuffer | undefined> {
  try {
    const blob = await transact<unknown>('readonly', (store) => store.get(id));
    return blob instanceof Blob ? await blob.arrayBuffer() : undefined;
  } catch {
    return undefined;
  }
}

/** Forgets a draft's original (the draft was deleted, or replaced by an import of another file). */
export async function removeOriginal(id: string): Promise<void> {
  try {
    await transact('readwrite', (store) => store.delete(id));
  } catch {
    // Nothing to free, or the browser refuses: the bytes of a deleted draft are then only dead weight.
  }
}
