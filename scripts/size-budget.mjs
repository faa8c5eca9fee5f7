#!/usr/bin/env node
// Bundle-size budgets, checked in CI: `node scripts/size-budget.mjs <entry> <budget KB gz> [--bundle]`.
// With --bundle the entry is bundled (dependencies included, minified) the way a portal's bundler would;
// without it the file is measured as shipped. Exits 1 over budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const [entry, budgetArg, ...flags] = process.argv.slice(2);
if (!entry || !budgetArg) {
  console.error('usage: size-budget.mjs <entry> <budget-kb> [--bundle]');
  process.exit(2);
}
let code;
if (flags.includes('--bundle')) {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    conditions: ['import', 'module', 'browser', 'default'],
    logLevel: 'silent',
  });
  code = result.outputFiles[0].contents;
} else {
  code = readFileSync(entry);
}
const gz = gzipSync(code, { level: 9 }).length / 1024;
const budget = Number(budgetArg);
const line = `${entry}: ${(code.length / 1024).toFixed(1)} KB, ${gz.toFixed(1)} KB gzipped (budget ${budget} KB)`;
if (gz > budget) {
  console.error(`over budget: ${line}`);
  process.exit(1);
}
console.log(line);
