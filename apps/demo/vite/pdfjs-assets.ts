/**
 * Serves pdf.js's character maps and standard fonts as static files of the app (`pdfjs/cmaps/…`,
 * `pdfjs/standard_fonts/…`): Chinese fonts without Unicode maps need the cmaps, which pdf.js fetches
 * one by one, only for the fonts that use them. Copied from the pinned pdfjs-dist, never committed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const FOLDERS = ['cmaps', 'standard_fonts'] as const;

export function pdfjsAssets(): Plugin {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    name: 'gongkai-demo-pdfjs-assets',
    configureServer(server) {
      server.middlewares.use('/pdfjs', (req, res, next) => {
        const [folder, name] = (req.url ?? '').replace(/^\//, '').split('/');
        const file = folder && name ? join(root, folder, name) : '';
        if (
          !FOLDERS.includes(folder as (typeof FOLDERS)[number]) ||
          !/^[\w.-]+$/.test(name ?? '') ||
          !existsSync(file)
        )
          return next();
        res.setHeader('Content-Type', 'application/octet-stream');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const folder of FOLDERS) {
        for (const name of readdirSync(join(root, folder))) {
          this.emitFile({
            type: 'asset',
            fileName: `pdfjs/${folder}/${name}`,
            source: readFileSync(join(root, folder, name)),
          });
        }
      }
    },
  };
}
