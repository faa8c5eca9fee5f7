import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { ocrAssets } from './vite/ocr-assets.js';
import { pdfjsAssets } from './vite/pdfjs-assets.js';
import { selfHost } from './vite/self-host.js';
import { serviceWorker } from './vite/service-worker.js';

const components = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../packages/components/package.json', import.meta.url)), 'utf8'),
) as { version: string };

export default defineConfig({
  // Relative, so the built app runs from any folder of any static file server.
  base: './',
  // Workspace packages from their sources (`source` export condition): `pnpm demo` needs no build first.
  resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
  define: { __GK_COMPONENTS_VERSION__: JSON.stringify(components.version) },
  plugins: [pdfjsAssets(), ocrAssets(), selfHost(), serviceWorker()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // exceljs (about 900 kB) is the one chunk above Vite's default warning; it loads only on XLSX import/export.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        'embed-preview': fileURLToPath(new URL('embed-preview.html', import.meta.url)),
      },
      output: {
        // pdf.js's worker ships as .mjs, which plain static servers send with no JavaScript type (and a
        // module worker then fails to start): it is named .js like every other script of the build.
        assetFileNames: (asset) =>
          asset.names.some((n) => n.endsWith('.mjs'))
            ? 'assets/[name]-[hash].js'
            : 'assets/[name]-[hash][extname]',
        // The chunk both pages share holds Lit and the components; name it so, not after a module in it.
        chunkFileNames: (chunk) =>
          `assets/${chunk.moduleIds.some((id) => /[\\/]node_modules[\\/]lit[\\/]/.test(id)) ? 'components' : '[name]'}-[hash].js`,
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1' },
});
