import { defineConfig } from 'vitest/config';

// Benchmarks time the built packages as a portal or the CLI loads them: without the `source` condition,
// workspace packages resolve to their dist/, which Node loads natively (not through Vite's module runner,
// whose live-binding accessors sit on every call between modules). `pnpm bench` builds them first.
export default defineConfig({
  test: {
    benchmark: { include: ['bench/**/*.bench.ts'] },
    server: { deps: { external: [/\/packages\/[^/]+\/dist\//] } },
  },
});
