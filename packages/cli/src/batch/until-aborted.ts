/**
 * A promise that settles with 'stop' when the signal fires (never, without one). Raced against the next
 * input, so that waiting on a slow disk or a silent pipe does not hold up Ctrl-C.
 */
export function whenAborted(signal: AbortSignal | undefined): Promise<'stop'> {
  return new Promise((resolve) => {
    if (signal?.aborted) resolve('stop');
    signal?.addEventListener('abort', () => resolve('stop'), { once: true });
  });
}
