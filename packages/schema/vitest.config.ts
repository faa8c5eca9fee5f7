import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['source'] },
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['../../scripts/fail-on-console.ts'],
    // A guard against hangs, not a speed check: a file's first test also pays for loading its modules,
    // which takes over 5 s on a busy 2-core machine.
    testTimeout: 30_000,
  },
});
