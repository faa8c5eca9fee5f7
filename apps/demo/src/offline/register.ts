/**
 * Registers the service worker that the build writes (`sw.js`, see vite/service-worker.ts), so the app
 * opens and works with no network once it has been loaded. Only in built apps: in development a cache
 * would hide every edit.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {
      // No service worker (file://, a strict server): the app still works online.
    });
  });
}
