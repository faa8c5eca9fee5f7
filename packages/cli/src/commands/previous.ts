import { resolve } from 'node:path';
import type { Locale, Report } from '@gongkai/schema';
import { UsageError } from '../args.js';
import { readInput } from '../inputs/read.js';

/** Last year's report for `--previous`: any file `import` reads; unreadable is a usage error (exit 2). */
export async function readPrevious(file: string, cwd: string, locale: Locale): Promise<Report> {
  const read = await readInput({ name: file, path: resolve(cwd, file) }, locale);
  if (!read.ok) {
    throw new UsageError(
      locale === 'en' ? `--previous ${file}: ${read.reason}` : `--previous ${file}：${read.reason}`,
    );
  }
  return read.result.report;
}
