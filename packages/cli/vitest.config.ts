import { defineConfig } from 'vitest/config';

// `source` makes workspace packages resolve to their src/; Vite applies `resolve.conditions` to the client
// environment only, so the Node (SSR) environment, where these tests run, needs it too.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['../../scripts/fail-on-console.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
  },
});
