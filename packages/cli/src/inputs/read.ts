import { isUtf8 } from 'node:buffer';
import { type ImportResult, importReport, nothingRead } from '@gongkai/engine';
import { isPlainReport, type Locale } from '@gongkai/schema';
import type { Input } from './input.js';
import { MAX_BYTES, readFileBytes } from './read-file.js';

export type ReadOutcome =
  | { ok: true; result: ImportResult }
  | { ok: false; reason: string; result?: ImportResult; notChecked?: boolean };

/** Reads and imports one input; never throws: a broken input comes back with the reason, in the locale. */
export async function readInput(input: Input, locale: Locale): Promise<ReadOutcome> {
  if (input.missing) return { ok: false, reason: input.missing };
  if (input.notChecked) return { ok: false, reason: input.notChecked, notChecked: true };
  let data: string | Uint8Array;
  try {
    data = input.text ?? decode(readFileBytes(input.path ?? input.name, input.regular === true));
  } catch (error) {
    return { ok: false, reason: describeFsError(error, locale) };
  }
  let result: ImportResult;
  try {
    result =
      plainJson(data) ??
      (await importReport(data, {
        filename: input.path ?? input.name,
        locale,
        keepInvalidCells: true,
        // The one clock of the import: a report naming no year is taken as last year's.
        today: new Date(),
      }));
  } catch (error) {
    // The importers are meant never to throw; if one does, that file is reported, the batch goes on.
    return {
      ok: false,
      reason: `${locale === 'en' ? 'import failed' : '导入失败'}: ${(error as Error).message}`,
    };
  }
  const [fatal] = nothingRead(result.diagnostics);
  if (fatal) {
    // A kind of document no reader here takes (a PDF, until one does) is not checked, rather than broken.
    const notChecked = fatal.code === 'input.unrecognized' && isPdf(data);
    return { ok: false, reason: fatal.message, result, ...(notChecked ? { notChecked } : {}) };
  }
  return { ok: true, result };
}

function isPdf(data: string | Uint8Array): boolean {
  return typeof data === 'string'
    ? data.startsWith('%PDF')
    : Buffer.from(data.subarray(0, 4)).toString('latin1') === '%PDF';
}

/**
 * UTF-8 text decoded here, with Node's fast check, rather than by the engine's portable (and, in Node,
 * much slower) strict TextDecoder; anything else (Office zips, PDFs, GB18030 text) goes to the engine as bytes.
 */
function decode(bytes: Buffer): string | Uint8Array {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  // A PDF all in ASCII is valid UTF-8, and still a PDF.
  const pdf = bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;
  if (zip || pdf || !isUtf8(bytes)) return Buffer.from(bytes);
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Report JSON that is exactly what the schema accepts, taken without the general importer; anything else
 * (other kinds of input, JSON with problems) returns undefined and goes through `importReport`, which
 * says what is wrong.
 */
function plainJson(data: string | Uint8Array): ImportResult | undefined {
  if (typeof data !== 'string' || !/^\s*\{/.test(data.slice(0, 64))) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return undefined;
  }
  return isPlainReport(parsed) ? { report: parsed, diagnostics: [], kind: 'json' } : undefined;
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
