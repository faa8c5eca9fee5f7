import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';

export default defineConfig({
  // `source` resolves workspace packages to their src/ (no build needed); the Node (SSR) environment needs
  // it said again, with `node` kept so Lit loads its server build there (`production`: no dev-mode warning).
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source', 'module', 'node', 'production'] } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/**/*.browser.test.ts'],
          setupFiles: ['test/support/setup-browser.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromiumLaunchOptions }),
            instances: [{ browser: 'chromium' }],
            screenshotFailures: false,
            commands: {
              /** Server-rendered markup of every corpus report, from a child process (see the script). */
              async ssrMarkup() {
                const { stdout } = await promisify(execFile)(
                  process.execPath,
                  ['scripts/render-corpus.mjs'],
                  {
                    maxBuffer: 64 * 1024 * 1024,
                  },
                );
                return JSON.parse(stdout) as Record<string, string>;
              },
            },
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.node.test.ts'],
          environment: 'node',
          setupFiles: ['../../scripts/fail-on-console.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
