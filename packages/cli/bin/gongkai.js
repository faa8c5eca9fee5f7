#!/usr/bin/env node
// Runs the built command (dist/): from a checkout, `pnpm build` first (see the root README).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/bin.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('gongkai: not built yet; run `pnpm build` at the repository root first\n');
  process.exit(2);
}
await import(entry.href);
