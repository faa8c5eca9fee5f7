import { defineConfig } from 'vitest/config';

// `source` makes workspace packages resolve to their src/ (no build needed); Vite applies
// `resolve.conditions` to the client environment only, so the Node (SSR) environment needs it too.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: { include: ['test/**/*.test.ts'], setupFiles: ['../../scripts/fail-on-console.ts'] },
});
