import { defineConfig } from 'vitest/config';

// `source` makes workspace packages resolve to their src/ (no build needed); Vite applies
// `resolve.conditions` to the client environment only, so the Node (SSR) environment needs it too.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['../../scripts/fail-on-console.ts'],
    // A guard against hangs, not a speed check: a file's first test also pays for loading its modules,
    // which takes over 5 s on a busy 2-core machine.
    testTimeout: 30_000,
  },
});
