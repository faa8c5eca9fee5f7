import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Locale } from '@gongkai/schema';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { Input } from './input.js';
import { extensionOf, NDJSON_EXTENSIONS } from './kinds.js';
import { ndjsonInputs } from './ndjson.js';
import { notCheckedReason } from './not-checked.js';
import { walkFolder } from './walk.js';

/**
 * The inputs named on the command line, expanded as they are reached: folders walked, globs matched,
 * NDJSON files read line by line. They come in chunks (a folder's files, or one line), in order. A name
 * that matches nothing is still an input, reported as unreadable.
 */
export async function* expandInputs(
  args: readonly string[],
  cwd: string,
  locale: Locale,
): AsyncGenerator<Input[]> {
  for (const arg of args) {
    const path = resolve(cwd, arg);
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      // The working directory itself shows its files by their bare names.
      const shown = path === resolve(cwd) ? '' : displayName(path, cwd);
      for await (const folder of walkFolder(path, shown)) {
        yield* fileChunk(folder.paths, folder.names, true, folder.reports, locale);
      }
    } else if (info && /\.sqlite3?$/i.test(path)) {
      // An archive: its reports, read through the archive's own (native) module, loaded only here.
      const { archiveInputs } = await import('../archive/inputs.js');
      yield* archiveInputs(path, displayName(path, cwd), locale);
    } else if (info) {
      yield* fileChunk([path], [displayName(path, cwd)], false);
    } else if (isDynamicPattern(arg)) {
      const matches = await glob(arg, { cwd, absolute: true, onlyFiles: true, expandDirectories: false });
      if (matches.length === 0) yield [{ name: arg, missing: noMatch(arg, locale) }];
      matches.sort();
      yield* fileChunk(
        matches,
        matches.map((m) => displayName(m, cwd)),
      );
    } else {
      yield [{ name: arg, missing: noSuchFile(locale) }];
    }
  }
}

/**
 * Files as input chunks; an NDJSON file among them is opened and its lines given in its place. A file
 * that is no report (`reports[i]` false) is an input too, marked not checked with the reason.
 */
async function* fileChunk(
  paths: string[],
  names: string[],
  regular = true,
  reports?: boolean[],
  locale: Locale = 'zh',
): AsyncGenerator<Input[]> {
  let chunk: Input[] = [];
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i] as string;
    const name = names[i] as string;
    if (reports && !reports[i]) chunk.push({ name, notChecked: notCheckedReason(name, locale) });
    else if (NDJSON_EXTENSIONS.has(extensionOf(path))) {
      if (chunk.length > 0) yield chunk;
      chunk = [];
      for await (const line of ndjsonInputs(path, name)) yield [line];
    } else chunk.push(regular ? { name, path, regular } : { name, path });
  }
  if (chunk.length > 0) yield chunk;
}

/** A path as the user would type it: relative to the working directory when it lies inside. */
export function displayName(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

function noSuchFile(locale: Locale): string {
  return locale === 'en' ? 'no such file or folder' : '文件或文件夹不存在';
}

function noMatch(pattern: string, locale: Locale): string {
  return locale === 'en' ? `no file matches ${pattern}` : `没有文件与 ${pattern} 匹配`;
}
