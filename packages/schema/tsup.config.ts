import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/catalogue-entry.ts', 'src/json-schema.ts', 'src/printed-entry.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
