import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
  // The worker is its own entry: worker threads load it by URL, beside index.js.
  entry: { index: 'src/index.ts', bin: 'src/bin.ts', worker: 'src/batch/worker.ts' },
  format: ['esm'],
  // Types take most of the build's time; the benchmark, which rebuilds first, does not need them.
  dts: process.env.npm_lifecycle_event === 'bench' ? false : { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  define: { __VERSION__: JSON.stringify(version) },
});
