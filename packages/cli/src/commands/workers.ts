import type { Locale } from '@gongkai/schema';
import { UsageError } from '../args.js';

/** The options of the commands that run a batch on worker threads (validate, stats). */
export const batchOptions = {
  workers: { type: 'string' },
  'no-progress': { type: 'boolean' },
} as const;

/** `--workers <n>`: how many worker threads (0: this thread only); unset means one per core. */
export function workersOption(value: string | undefined, locale: Locale): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 256) {
    throw new UsageError(
      locale === 'en'
        ? '--workers must be a whole number from 0 to 256'
        : '--workers 应为 0 到 256 之间的整数',
    );
  }
  return n;
}
