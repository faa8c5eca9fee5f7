import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { extensionOf, NDJSON_EXTENSIONS, REPORT_EXTENSIONS } from './kinds.js';

/**
 * Every report file under a folder, depth first, each folder's entries sorted so runs are repeatable.
 * Only one folder's names are held at a time, so a folder tree of any size streams.
 */
export async function* walkFolder(dir: string): AsyncGenerator<string> {
  const files: string[] = [];
  const folders: string[] = [];
  for await (const entry of await opendir(dir)) {
    // Hidden folders and installed packages are never reports (.git, node_modules).
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    // A link is followed to what it points at (archives are often assembled from links).
    const kind = entry.isSymbolicLink() ? await stat(path).catch(() => undefined) : entry;
    if (kind?.isDirectory()) folders.push(path);
    else if (kind?.isFile() && isReportFile(entry.name)) files.push(path);
  }
  files.sort();
  folders.sort();
  yield* files;
  for (const folder of folders) yield* walkFolder(folder);
}

function isReportFile(name: string): boolean {
  const ext = extensionOf(name);
  // Expected-results files sit beside the corpus sources; they are not reports.
  if (name.endsWith('.expected.json')) return false;
  return REPORT_EXTENSIONS.has(ext) || NDJSON_EXTENSIONS.has(ext);
}
