import type { Locale } from '@gongkai/schema';
import type { Input } from '../inputs/input.js';
import { Archive } from './store.js';

/** Whether a path names an archive file, which validate and stats read as the reports it holds. */
export function isArchivePath(path: string): boolean {
  return /\.sqlite3?$/i.test(path);
}

/**
 * The reports of an archive as inputs, named `archive.sqlite:source`, in source order: each report's
 * JSON as text (checked again, with today's rules), an unreadable or unchecked file with its reason.
 */
export async function* archiveInputs(path: string, name: string, locale: Locale): AsyncGenerator<Input[]> {
  const archive = Archive.open(path, locale, { create: false });
  try {
    let chunk: Input[] = [];
    for (const row of archive.all()) {
      const shown = `${name}:${row.source}`;
      if (row.report !== null) chunk.push({ name: shown, text: row.report });
      else if (row.status === 'not-checked') chunk.push({ name: shown, notChecked: row.problem ?? '' });
      else chunk.push({ name: shown, missing: row.problem ?? '' });
      if (chunk.length >= 256) {
        yield chunk;
        chunk = [];
      }
    }
    if (chunk.length > 0) yield chunk;
  } finally {
    archive.close();
  }
}
