import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { TaskConfig } from '../batch/config.js';
import { runChecks } from '../batch/run.js';
import type { Input } from '../inputs/input.js';
import { readFileBytes } from '../inputs/read-file.js';
import type { Io } from '../io.js';
import { VERSION } from '../version.js';
import type { ArchivedCheck } from './row.js';
import type { Archive, ArchivedReport } from './store.js';

/** What an archive run did: imported (new or changed), unchanged and skipped, unreadable among the imported. */
export interface ArchiveCounts {
  imported: number;
  unchanged: number;
  unreadable: number;
  notChecked: number;
}

/**
 * Imports every input that is new or changed since the archive last saw it (size and time first, then
 * the content hash), checks it on the worker threads as validate does, and writes each batch with its
 * findings in one transaction. Unchanged files are not read again beyond their hash. On Ctrl-C it stops
 * taking files; the batches under way are written whole, everything before them is already committed.
 */
export async function importIntoArchive(
  archive: Archive,
  inputs: AsyncIterable<Input[]>,
  config: TaskConfig,
  io: Io,
  run: { workers?: number; progress?: boolean } = {},
): Promise<ArchiveCounts & { interrupted: boolean }> {
  const counts: ArchiveCounts = { imported: 0, unchanged: 0, unreadable: 0, notChecked: 0 };
  // What the file system said of each file sent to be checked, until its result is written (by the input
  // itself: a file named twice is two inputs).
  const seenOf = new Map<Input, Seen & { source: string; hash: string }>();
  async function* changed(): AsyncGenerator<Input[]> {
    for await (const chunk of inputs) {
      const wanted: Input[] = [];
      for (const input of chunk) {
        if (input.missing) {
          counts.unreadable++;
          continue;
        }
        // Files by their absolute path, so a run from another folder finds them again.
        const source = input.path ?? input.name;
        const seen = await fingerprint(input);
        const known = archive.known(source);
        if (known && known.engine === VERSION) {
          if (known.size === seen.size && known.mtimeMs === seen.mtimeMs && seen.mtimeMs > 0) {
            counts.unchanged++;
            continue;
          }
          const hash = seen.hash();
          if (hash === known.hash) {
            archive.touch(source, seen.mtimeMs);
            counts.unchanged++;
            continue;
          }
          seenOf.set(input, { ...seen, source, hash });
        } else seenOf.set(input, { ...seen, source, hash: seen.hash() });
        wanted.push(input);
      }
      if (wanted.length > 0) yield wanted;
    }
  }
  const { interrupted } = await runChecks({
    config: { ...config, mode: 'archive' },
    inputs: changed(),
    io,
    ...(run.workers !== undefined ? { workers: run.workers } : {}),
    progress: run.progress ?? false,
    onResult: (result, batch) => {
      const rows = batch.map((input, i): ArchivedReport => {
        const seen = seenOf.get(input) as Seen & { source: string; hash: string };
        seenOf.delete(input);
        const check = result.archived?.[i] as ArchivedCheck;
        counts.imported++;
        if (check.status === 'unreadable') counts.unreadable++;
        if (check.status === 'not-checked') counts.notChecked++;
        return { ...check, source: seen.source, hash: seen.hash, size: seen.size, mtimeMs: seen.mtimeMs };
      });
      archive.putAll(rows);
    },
  });
  return { ...counts, interrupted };
}

interface Seen {
  size: number;
  mtimeMs: number;
}

/** Size and time from the file system, and the content hash when it is needed. */
async function fingerprint(input: Input): Promise<Seen & { hash: () => string }> {
  if (input.text !== undefined) {
    const text = input.text;
    return { size: text.length, mtimeMs: 0, hash: () => sha256(text) };
  }
  if (!input.path) return { size: 0, mtimeMs: 0, hash: () => '' };
  const info = await stat(input.path).catch(() => undefined);
  const path = input.path;
  return {
    size: info?.size ?? 0,
    mtimeMs: info?.mtimeMs ?? 0,
    hash: () => {
      try {
        return sha256(readFileBytes(path));
      } catch {
        return '';
      }
    },
  };
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
