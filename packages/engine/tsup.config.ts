import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/docx.ts', 'src/docx-export.ts', 'src/xlsx.ts', 'src/pdf.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
