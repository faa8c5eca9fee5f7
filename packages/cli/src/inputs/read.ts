import { readFile } from 'node:fs/promises';
import { type ImportResult, importReport } from '@gongkai/engine';
import type { Locale } from '@gongkai/schema';
import type { Input } from './input.js';

/** The largest file read; anything bigger is not a report, and reading it would break the flat memory. */
const MAX_BYTES = 64 * 1024 * 1024;

/** Diagnostic codes after which there is no report to check: the input is unreadable, not merely flawed. */
const FATAL_CODES = new Set(['input.empty', 'input.unrecognized', 'json.invalid']);

export type ReadOutcome =
  | { ok: true; result: ImportResult }
  | { ok: false; reason: string; result?: ImportResult };

/** Reads and imports one input; never throws: a broken input comes back with the reason, in the locale. */
export async function readInput(input: Input, locale: Locale): Promise<ReadOutcome> {
  if (input.missing) return { ok: false, reason: input.missing };
  let data: string | Uint8Array;
  try {
    data = input.text ?? (await readBytes(input.path ?? input.name));
  } catch (error) {
    return { ok: false, reason: describeFsError(error, locale) };
  }
  let result: ImportResult;
  try {
    result = await importReport(data, { filename: input.path ?? input.name, locale });
  } catch (error) {
    // The importers are meant never to throw; if one does, that file is reported, the batch goes on.
    return {
      ok: false,
      reason: `${locale === 'en' ? 'import failed' : '导入失败'}: ${(error as Error).message}`,
    };
  }
  const fatal = result.diagnostics.find((d) => d.severity === 'error' && FATAL_CODES.has(d.code));
  if (fatal) return { ok: false, reason: fatal.message, result };
  return { ok: true, result };
}

async function readBytes(path: string): Promise<Uint8Array> {
  const bytes = await readFile(path);
  if (bytes.length > MAX_BYTES) {
    throw Object.assign(new Error('too large'), { code: 'EFBIG' });
  }
  return bytes;
}

const fsWords: Record<string, { zh: string; en: string }> = {
  ENOENT: { zh: '文件不存在', en: 'no such file' },
  EACCES: { zh: '没有读取权限', en: 'permission denied' },
  EPERM: { zh: '没有读取权限', en: 'permission denied' },
  EISDIR: { zh: '是文件夹，不是文件', en: 'is a folder, not a file' },
  EFBIG: {
    zh: `文件过大（超过 ${MAX_BYTES / 1024 / 1024} MB），不像一份年度报告`,
    en: `file too large (over ${MAX_BYTES / 1024 / 1024} MB) to be a report`,
  },
};

/** A file-system error in words, not an errno. */
export function describeFsError(error: unknown, locale: Locale): string {
  const code = (error as { code?: string }).code ?? '';
  const words = fsWords[code];
  if (words) return words[locale];
  return `${locale === 'en' ? 'cannot read' : '无法读取'}: ${(error as Error).message}`;
}
