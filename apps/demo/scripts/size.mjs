/**
 * Fails when what the demo loads before anything shows is over budget, or carries a heavy reader.
 * "Start" is what `dist/index.html` loads: its entry script, the modules it preloads, and every file
 * those import statically, gzipped at level 9. Files loaded on demand (`import()`: PDF, OCR, Word,
 * Excel, the corpus) are not counted. Each start file's source map says which sources it bundles: none
 * may come from pdf.js, tesseract.js, exceljs, docx, JSZip, the OCR package or the engine's PDF and Word
 * entries, which a clerk only pays for when she uses them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzSize, staticGraph } from '../../../scripts/static-graph.mjs';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
/**
 * Budgets in bytes (1 KB = 1000 bytes). Measured when set: the entry 34.4 KB, the whole start 135.5 KB
 * (the editor, the report and the text importers and checks the first screen runs).
 */
const budgets = { entry: 36_000, start: 145_000 };
const heavy =
  /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?(?:pdfjs-dist|tesseract\.js|@tesseract\.js-data|exceljs|docx|jszip|@napi-rs)\/|packages\/ocr\/|packages\/engine\/src\/(?:pdf\/|pdf\.ts|docx-export)/;

const html = join(dist, 'index.html');
if (!existsSync(html)) {
  console.error('✗ dist/index.html missing; run the build first');
  process.exit(1);
}
const page = readFileSync(html, 'utf8');
const entry = /<script[^>]*type="module"[^>]*src="([^"]+)"/.exec(page)?.[1];
const preloads = [...page.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
if (!entry) {
  console.error('✗ dist/index.html has no module entry script');
  process.exit(1);
}
const fileOf = (href) => resolve(dist, href.replace(/^\//, './'));
const start = new Set();
for (const href of [entry, ...preloads]) staticGraph(fileOf(href), start);

let failed = false;
const entrySize = gzSize(fileOf(entry));
let total = 0;
for (const file of start) {
  const size = gzSize(file);
  total += size;
  const map = `${file}.map`;
  // The bundler's own module runtime (under 1 KB) is written without a map.
  if (!existsSync(map) && /\/rolldown-runtime-[^/]+\.js$/.test(file)) continue;
  if (!existsSync(map)) {
    // Without its map a file could carry anything: the check would pass in silence.
    failed = true;
    console.error(`✗ ${file.slice(dist.length)} has no source map to tell what it bundles`);
    continue;
  }
  const sources = JSON.parse(readFileSync(map, 'utf8')).sources;
  const carried = sources.filter((s) => heavy.test(s));
  if (carried.length > 0) {
    failed = true;
    console.error(
      `✗ ${file.slice(dist.length)} loads at start but bundles ${carried.slice(0, 3).join(', ')}`,
    );
  }
}
const line = (name, size, budget) =>
  `${size > budget ? '✗' : '✓'} ${name}: ${(size / 1000).toFixed(1)} KB gz (budget ${(budget / 1000).toFixed(0)} KB)`;
console.log(line(`entry ${entry}`, entrySize, budgets.entry));
console.log(line(`start (${start.size} files)`, total, budgets.start));
if (entrySize > budgets.entry || total > budgets.start) failed = true;
process.exit(failed ? 1 : 0);
