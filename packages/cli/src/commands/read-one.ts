import { resolve } from 'node:path';
import type { ImportResult } from '@gongkai/engine';
import type { Locale } from '@gongkai/schema';
import { UsageError } from '../args.js';
import { displayName } from '../inputs/expand.js';
import { readInput } from '../inputs/read.js';
import type { Io } from '../io.js';
import { wantsColor } from '../output/colors.js';
import { formatHuman } from '../output/human.js';

/**
 * Reads the one report a command works on, printing the importer's diagnostics to stderr; an unreadable
 * file is a usage error (exit 2) that says why.
 */
export async function readOne(file: string, io: Io, locale: Locale): Promise<ImportResult> {
  const path = resolve(io.cwd, file);
  const name = displayName(path, io.cwd);
  const read = await readInput({ name, path }, locale);
  if (!read.ok) throw new UsageError(`${name}${locale === 'en' ? ': ' : '：'}${read.reason}`);
  printDiagnostics(name, read.result, io, locale);
  return read.result;
}

/** The importer's warnings and errors about one file, on stderr, grouped like validate's output. */
export function printDiagnostics(name: string, result: ImportResult, io: Io, locale: Locale): void {
  const text = formatHuman(
    { name, findings: [], diagnostics: result.diagnostics },
    { locale, color: wantsColor(io.stderr, io.env), showInfo: false },
  );
  if (text) io.stderr.write(text);
}
