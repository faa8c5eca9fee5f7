/**
 * Fails when a CDN bundle is over its budget. Counts what a portal downloads before anything shows:
 * the file and every file it imports statically, gzipped at level 9; files loaded on demand
 * (`import()`, e.g. the engine behind `show-findings`) are listed but not counted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzSize, staticGraph } from '../../../scripts/static-graph.mjs';

const cdn = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
/**
 * Budgets in bytes (1 KB = 1000 bytes, the stricter reading). gk-report.js was 20 KB until it learnt to
 * say why it shows no findings (check status, load problems in Chinese), the proposals of failing sums
 * and the wide-table cue: 20.9 KB. Raised to 21 KB, not more; the editor-only messages still bundled
 * with it are where to win it back.
 */
const budgets = { 'gk-report.js': 21_000, 'gk-report-editor.js': 60_000 };

let failed = false;
for (const [name, budget] of Object.entries(budgets)) {
  const entry = join(cdn, name);
  if (!existsSync(entry)) {
    console.error(`✗ ${name}: missing; run the build first`);
    failed = true;
    continue;
  }
  const files = [...staticGraph(entry)];
  const total = files.reduce((n, f) => n + gzSize(f), 0);
  const lazy = [...readFileSync(entry, 'utf8').matchAll(/import\(["'](\.{1,2}\/[^"']+)["']\)/g)].map(
    (m) => m[1],
  );
  const ok = total <= budget;
  failed ||= !ok;
  console.log(
    `${ok ? '✓' : '✗'} ${name}: ${(total / 1000).toFixed(1)} KB gz (budget ${budget / 1000} KB)` +
      (files.length > 1 ? `, ${files.length} files` : '') +
      (lazy.length
        ? `; on demand: ${lazy.map((l) => `${l} ${(gzSize(join(cdn, l)) / 1000).toFixed(1)} KB gz`).join(', ')}`
        : ''),
  );
}
process.exit(failed ? 1 : 0);
