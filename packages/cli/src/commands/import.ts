import { basename, extname, join, resolve } from 'node:path';
import { toJson } from '@gongkai/engine';
import type { Locale } from '@gongkai/schema';
import { EXIT } from '../exit-codes.js';
import { displayName } from '../inputs/expand.js';
import { readInput } from '../inputs/read.js';
import { type Io, write } from '../io.js';
import { writeFileAtomic } from '../output/atomic.js';
import { commandArgs } from './command-args.js';
import { importOcr } from './import-ocr.js';
import { printDiagnostics } from './read-one.js';

const options = { output: { type: 'string', short: 'o' }, ocr: { type: 'boolean' } } as const;

/**
 * `gongkai import <file…> [-o dir]`: published reports (text, HTML, Word, Excel, CSV) to report JSON.
 * One file: its JSON on stdout; several: one JSON per line (what validate and stats read), or a file each in `-o dir`.
 * `--ocr`: scanned reports read by OCR into drafts to confirm (see import-ocr.ts).
 */
export async function importCommand(argv: string[], io: Io, locale: Locale): Promise<number> {
  const args = commandArgs('import', argv, io, locale, options);
  if (!args) return 0;
  const { values, positionals } = args;
  const outDir = values.output ? resolve(io.cwd, values.output) : undefined;
  if (values.ocr) return importOcr(positionals, outDir ?? io.cwd, io, locale);
  let code: number = EXIT.ok;
  for (const file of positionals) {
    const path = resolve(io.cwd, file);
    const name = displayName(path, io.cwd);
    const read = await readInput({ name, path }, locale);
    if (read.result) printDiagnostics(name, read.result, io, locale);
    if (!read.ok) {
      if (!read.result) io.stderr.write(`${name}${locale === 'en' ? ': ' : '：'}${read.reason}\n`);
      code = EXIT.usage;
      continue;
    }
    if (read.result.diagnostics.some((d) => d.severity === 'error') && code === EXIT.ok) code = EXIT.findings;
    const json = toJson(read.result.report);
    if (outDir)
      await writeFileAtomic(join(outDir, `${basename(path, extname(path))}.json`), withNewline(json));
    else if (positionals.length === 1) await write(io.stdout, withNewline(json));
    else await write(io.stdout, `${JSON.stringify(read.result.report)}\n`);
  }
  return code;
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
