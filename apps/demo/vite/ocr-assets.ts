/**
 * Serves what tesseract.js needs in the browser as static files of the app, copied from the installed
 * packages that `@gongkai/ocr` pins (never committed, never fetched from a CDN):
 * `ocr/worker.min.js` (tesseract.js's worker script), `ocr/core/*.wasm.js` (the LSTM-only builds of
 * tesseract.js-core: the reader runs the LSTM engine, and the worker picks the SIMD variant the browser
 * supports) and `ocr/lang/{eng,chi_sim}.traineddata.gz` (the folders `@tesseract.js-data/*` name as
 * `langPath`, the data the Node reader is measured with). About 45 MB: loaded only when a person asks for
 * OCR, and not precached by the service worker (see service-worker.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/** Every served file by its path under `ocr/`. */
function ocrFiles(): Map<string, string> {
  // Resolved from the OCR package, which holds the pins.
  const require = createRequire(createRequire(import.meta.url).resolve('@gongkai/ocr/package.json'));
  const tesseract = dirname(require.resolve('tesseract.js/package.json'));
  const core = dirname(
    createRequire(join(tesseract, 'package.json')).resolve('tesseract.js-core/package.json'),
  );
  const files = new Map<string, string>([['worker.min.js', join(tesseract, 'dist', 'worker.min.js')]]);
  for (const name of readdirSync(core)) {
    if (name.endsWith('-lstm.wasm.js')) files.set(`core/${name}`, join(core, name));
  }
  for (const code of ['eng', 'chi_sim']) {
    const { langPath } = require(`@tesseract.js-data/${code}`) as { langPath: string };
    files.set(`lang/${code}.traineddata.gz`, join(langPath, `${code}.traineddata.gz`));
  }
  return files;
}

export function ocrAssets(): Plugin {
  let files: Map<string, string> | undefined;
  const all = () => (files ??= ocrFiles());
  return {
    name: 'gongkai-demo-ocr-assets',
    configureServer(server) {
      server.middlewares.use('/ocr', (req, res, next) => {
        const file = all().get((req.url ?? '').replace(/^\//, '').split('?')[0] ?? '');
        if (!file || !existsSync(file)) return next();
        res.setHeader('Content-Type', file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const [name, file] of all()) {
        this.emitFile({ type: 'asset', fileName: `ocr/${name}`, source: readFileSync(file) });
      }
    },
  };
}
