/**
 * The channel between pdf.js's two halves when both run on this thread (Node, where pdf.js has no worker).
 * pdf.js's own (`LoopbackPort`) structured-clones every message, as a real worker's channel must; here the
 * chunks of operator lists and text content are handed over as shallow copies instead: on the 淮安 PDF
 * their clone (with the ~1 400 path and matrix buffers an operator list transfers one by one) was 8.5 of
 * the 10.5 ms spent cloning per import.
 */

type Listener = (event: { data: unknown }) => void;

/**
 * A message port both halves listen on (each keeps only the messages addressed to it, as over pdf.js's
 * own loopback port). Messages arrive in order, each after the sender's current job, as across threads.
 */
export class SameThreadPort {
  readonly #listeners = new Set<Listener>();

  postMessage(message: unknown, transfer?: Transferable[] | null): void {
    const event = { data: handedOver(message, transfer) };
    void Promise.resolve().then(() => {
      for (const listener of this.#listeners) listener.call(this, event);
    });
  }

  addEventListener(_type: string, listener: Listener, options?: { signal?: AbortSignal } | null): void {
    const signal = options?.signal;
    if (signal?.aborted) return;
    this.#listeners.add(listener);
    signal?.addEventListener('abort', () => this.#listeners.delete(listener), { once: true });
  }

  removeEventListener(_type: string, listener: Listener): void {
    this.#listeners.delete(listener);
  }

  terminate(): void {
    this.#listeners.clear();
  }
}

/**
 * What the receiver gets of a message. The chunks of the two streams that carry a page's content are
 * handed over as shallow copies, each as its sender leaves it once sent:
 * - an operator list's (`OperatorList.flush`) empties its two arrays, so those are copied; each
 *   operator's arguments are made afresh per operator and never changed once flushed, and the buffers among
 *   them are ones the sender gives up (it transfers them);
 * - a text content's (`enqueueChunk`) gets a new array of items and a new map of styles, the sent ones
 *   untouched (each item is made when pushed and never changed after).
 * A message of plain values only (most are a stream's pulls and acknowledgements) is copied as it is.
 * Everything else is cloned, as pdf.js's own port does.
 */
function handedOver(message: unknown, transfer?: Transferable[] | null): unknown {
  const chunk = (message as { chunk?: Record<string, unknown> } | null)?.chunk;
  if (chunk && Array.isArray(chunk.fnArray) && Array.isArray(chunk.argsArray))
    return {
      ...(message as object),
      chunk: { ...chunk, fnArray: chunk.fnArray.slice(), argsArray: chunk.argsArray.slice() },
    };
  if (chunk && Array.isArray(chunk.items) && typeof chunk.styles === 'object')
    return { ...(message as object), chunk: { ...chunk } };
  if (isPlainValues(message)) return { ...message };
  return structuredClone(message, transfer ? { transfer } : undefined);
}

function isPlainValues(message: unknown): message is Record<string, unknown> {
  if (typeof message !== 'object' || message === null || Object.getPrototypeOf(message) !== Object.prototype)
    return false;
  for (const value of Object.values(message))
    if ((typeof value === 'object' && value !== null) || typeof value === 'function') return false;
  return true;
}
