import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Locale } from '@gongkai/schema';
import { UsageError } from '../args.js';
import type { TaskConfig } from '../batch/config.js';
import { expandInputs } from '../inputs/expand.js';
import type { Input } from '../inputs/input.js';
import { extensionOf, NDJSON_EXTENSIONS } from '../inputs/kinds.js';
import type { Io } from '../io.js';
import { normaliseName } from '../pairing/identity.js';
import { indexYears, withPrevious } from '../pairing/pair.js';

/** Options of `validate` and `stats` about pairing years. */
export const pairingOptions = {
  'no-pair': { type: 'boolean' },
  renames: { type: 'string' },
} as const;

/**
 * The inputs of a batch command. Over folders, globs, NDJSON files or several files (and without
 * `--previous` or `--no-pair`), each report is paired with the same body's previous year: a first pass
 * reads who and which year every report is by, then the inputs come again with last year's attached.
 */
export async function batchInputs(options: {
  positionals: string[];
  io: Io;
  config: TaskConfig;
  pair: boolean;
  workers?: number;
  progress: boolean;
}): Promise<{ inputs: AsyncIterable<Input[]>; interrupted: boolean }> {
  const { positionals, io, config } = options;
  const expand = () => expandInputs(positionals, io.cwd, config.locale);
  if (!options.pair || config.previous || !(await manyReports(positionals, io.cwd)))
    return { inputs: expand(), interrupted: false };
  const { index, interrupted } = await indexYears({
    config,
    inputs: expand(),
    io,
    ...(options.workers === undefined ? {} : { workers: options.workers }),
    progress: options.progress,
  });
  return { inputs: withPrevious(expand(), index, config.mode === 'stats'), interrupted };
}

/**
 * Whether the arguments can hold several years: more than one, a folder, a glob, an NDJSON file or an
 * archive. Never over a pipe (`<(zcat …)`, a FIFO): it can be read only once, and pairing reads twice;
 * its reports are answered as they stream in, each year alone.
 */
async function manyReports(positionals: string[], cwd: string): Promise<boolean> {
  const infos = await Promise.all(positionals.map((p) => stat(resolve(cwd, p)).catch(() => undefined)));
  if (infos.some((i) => i && !i.isFile() && !i.isDirectory())) return false;
  if (positionals.length !== 1) return true;
  const arg = positionals[0] as string;
  if (NDJSON_EXTENSIONS.has(extensionOf(arg)) || /\.sqlite3?$/i.test(arg) || /[*?[{]/.test(arg)) return true;
  return infos[0]?.isDirectory() === true;
}

/**
 * `--renames file.json`: `{"旧名称": "新名称", …}` for bodies renamed or merged in a reorganisation, so
 * that their years pair. A file that cannot be read or is not such an object is a usage error saying why.
 */
export async function readRenames(
  file: string | undefined,
  cwd: string,
  locale: Locale,
): Promise<Record<string, string> | undefined> {
  if (!file) return undefined;
  const fail = (why: string) =>
    new UsageError(locale === 'en' ? `--renames ${file}: ${why}` : `--renames ${file}：${why}`);
  let data: unknown;
  try {
    data = JSON.parse(await readFile(resolve(cwd, file), 'utf8'));
  } catch (error) {
    const missing = (error as { code?: string }).code === 'ENOENT';
    throw fail(
      missing
        ? locale === 'en'
          ? 'no such file'
          : '文件不存在'
        : locale === 'en'
          ? 'not valid JSON'
          : '不是有效的 JSON',
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw fail(
      locale === 'en' ? 'must be an object of old name → new name' : '应为「旧名称 → 新名称」的 JSON 对象',
    );
  const renames: Record<string, string> = {};
  for (const [from, to] of Object.entries(data)) {
    if (typeof to !== 'string' || to.trim() === '')
      throw fail(locale === 'en' ? `the new name of “${from}” must be text` : `「${from}」的新名称应为文本`);
    renames[normaliseName(from)] = normaliseName(to);
  }
  return renames;
}
