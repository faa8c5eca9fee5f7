import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Locale } from '@gongkai/schema';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { Input } from './input.js';
import { extensionOf, NDJSON_EXTENSIONS } from './kinds.js';
import { ndjsonInputs } from './ndjson.js';
import { walkFolder } from './walk.js';

/**
 * The inputs named on the command line, expanded one at a time: folders walked, globs matched,
 * NDJSON files read line by line. A name that matches nothing is still an input, reported as unreadable.
 */
export async function* expandInputs(
  args: readonly string[],
  cwd: string,
  locale: Locale,
): AsyncGenerator<Input> {
  for (const arg of args) {
    const path = resolve(cwd, arg);
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      for await (const file of walkFolder(path)) yield* fileInputs(file, cwd, true);
    } else if (info) {
      yield* fileInputs(path, cwd);
    } else if (isDynamicPattern(arg)) {
      const matches = await glob(arg, { cwd, absolute: true, onlyFiles: true, expandDirectories: false });
      if (matches.length === 0) yield { name: arg, missing: noMatch(arg, locale) };
      for (const file of matches.sort()) yield* fileInputs(file, cwd, true);
    } else {
      yield { name: arg, missing: noSuchFile(locale) };
    }
  }
}

async function* fileInputs(path: string, cwd: string, regular = false): AsyncGenerator<Input> {
  const name = displayName(path, cwd);
  if (NDJSON_EXTENSIONS.has(extensionOf(path))) yield* ndjsonInputs(path, name);
  else yield regular ? { name, path, regular } : { name, path };
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
