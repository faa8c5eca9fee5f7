/**
 * Writes `sw.js` into the build: a small service worker that precaches every file of this build (the
 * lazy chunks too, so exports work offline) and serves them when the network is gone. Written here
 * rather than taken from a plugin: it is forty lines, and the list of files is all it needs from Vite.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** The worker itself; serialised into sw.js with the precache list and the build's version. */
function worker(scope: WorkerScope, precache: string[], version: string): void {
  const cacheName = `gongkai-demo-${version}`;
  scope.addEventListener('install', (event) => {
    // No skipWaiting: a new build's worker waits until the old build's tabs are closed, since activating
    // deletes the old cache, and an open old page may still load one of its lazy chunks from it.
    event.waitUntil(caches.open(cacheName).then((cache) => cache.addAll(precache)));
  });
  scope.addEventListener('activate', (event) => {
    event.waitUntil(
      caches
        .keys()
        .then((keys) =>
          Promise.all(
            keys.filter((k) => k.startsWith('gongkai-demo-') && k !== cacheName).map((k) => caches.delete(k)),
          ),
        )
        .then(() => scope.clients.claim()),
    );
  });
  scope.addEventListener('fetch', (event) => {
    const request = event.request;
    if (request.method !== 'GET' || new URL(request.url).origin !== scope.location.origin) return;
    if (request.mode === 'navigate') {
      // Pages: the network first, so a new build shows at once; the cached app when offline.
      event.respondWith(
        fetch(request).catch(() =>
          caches
            .match(request, { ignoreSearch: true })
            .then((hit) => hit ?? caches.match(new URL('index.html', scope.registration.scope).href))
            .then((hit) => hit ?? Response.error()),
        ),
      );
      return;
    }
    // Files of a build never change under their hashed names: the cache first.
    event.respondWith(caches.match(request).then((hit) => hit ?? fetch(request)));
  });
}

/** The parts of ServiceWorkerGlobalScope the worker uses (the DOM lib of this project lacks the type). */
interface WorkerScope {
  location: Location;
  registration: { scope: string };
  clients: { claim(): Promise<void> };
  addEventListener(
    type: 'install' | 'activate',
    listener: (event: { waitUntil(p: Promise<unknown>): void }) => void,
  ): void;
  addEventListener(
    type: 'fetch',
    listener: (event: { request: Request; respondWith(r: Response | Promise<Response>): void }) => void,
  ): void;
}

/** Vite plugin: emits sw.js listing every file of the build (source maps aside). */
export function serviceWorker(): Plugin {
  return {
    name: 'gongkai-demo-service-worker',
    apply: 'build',
    // After Vite's own plugins, so the HTML pages are in the bundle and get precached too.
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        // pdf.js's cmaps and fonts (2.5 MB) are fetched one by one when a PDF needs them, not precached;
        // nor is tesseract (ocr/: about 45 MB), loaded only when a person asks to read a scan by OCR.
        .filter((name) => !name.endsWith('.map') && !name.startsWith('pdfjs/') && !name.startsWith('ocr/'))
        .sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const precache = ['./', ...files.map((f) => `./${f}`)];
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: `// gongkai demo service worker, build ${version}: precaches this build so it works offline.\n(${worker.toString()})(self, ${JSON.stringify(precache)}, ${JSON.stringify(version)});\n`,
      });
    },
  };
}
