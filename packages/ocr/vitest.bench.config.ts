import { defineConfig } from 'vitest/config';

// The sweep reads whole reports many ways (minutes of CPU): it is a benchmark, never part of `test`.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: { include: ['bench/**/*.bench.ts'], fileParallelism: false },
});
