import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['source'] },
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['../../scripts/fail-on-console.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
  },
});
