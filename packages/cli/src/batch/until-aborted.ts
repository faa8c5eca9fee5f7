/**
 * The first of `promises` to settle, or 'stop' when the signal fires first (never, without one): the next
 * input is raced so, and waiting on a slow disk or a silent pipe does not hold up Ctrl-C.
 *
 * The signal is listened to for this wait only. Racing every wait against one promise that lives as long as
 * the run (as this once did) leaves a reaction on it per race, each holding what its race settled with:
 * every chunk of inputs ever read stayed in memory, about 1 KB a report (a peak of 625 MB at 300,000
 * reports with their years paired, against 289 MB at 30,000).
 */
export function raceAborted<T>(
  promises: readonly Promise<T>[],
  signal: AbortSignal | undefined,
): Promise<T | 'stop'> {
  if (!signal) return Promise.race(promises);
  if (signal.aborted) return Promise.resolve('stop');
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve('stop');
    signal.addEventListener('abort', onAbort, { once: true });
    const settled = () => signal.removeEventListener('abort', onAbort);
    for (const promise of promises)
      promise.then(
        (value) => {
          settled();
          resolve(value);
        },
        (error: unknown) => {
          settled();
          reject(error);
        },
      );
  });
}
