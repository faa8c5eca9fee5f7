// What a browser downloads before a module runs: the file and every file it imports statically (a
// relative `import … from` or `export … from`), not those it loads on demand (`import()`). Shared by the
// size budgets of the components' CDN bundles and the demo's start.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The file and everything it imports statically, each once. */
export function staticGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(
    /(?:^|[;\s}])(?:import|export)\s*(?:[^'"();]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g,
  )) {
    staticGraph(join(dirname(file), m[1]), seen);
  }
  return seen;
}

/** Bytes the file takes gzipped at level 9, as servers send it. */
export const gzSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
