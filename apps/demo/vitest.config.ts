import { defineConfig } from 'vitest/config';

// End-to-end tests: Node drives Debian's chromium (playwright-core) against the built app, served by
// a plain static file server. The global set-up builds the app, so `vitest run` alone is enough.
export default defineConfig({
  resolve: { conditions: ['source'] },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/failure-screenshots.ts'],
    // One browser at a time: the machines have two cores, and parallel chromiums only make tests flaky.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 180_000,
  },
});
