import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isReportFile } from './not-checked.js';

/** The files of one folder, sorted, with the name to show for each, and which of them are reports. */
export interface FolderFiles {
  paths: string[];
  names: string[];
  /** Per file: read as a report (true), or listed as not checked (false). */
  reports: boolean[];
}

/**
 * Every file under a folder (reports, and the others to be listed as not checked), depth first, one folder's files at a time, each folder sorted so that
 * runs are repeatable. Only one folder's names are held at once, so a tree of any size streams; a whole
 * folder per step keeps the main thread's cost per file small (it shares the cores with the workers).
 */
export async function* walkFolder(dir: string, shown: string): AsyncGenerator<FolderFiles> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  const folders: string[] = [];
  for (const entry of entries) {
    // Hidden folders and installed packages are never reports (.git, node_modules).
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    // A link is followed to what it points at (archives are often assembled from links).
    const kind = entry.isSymbolicLink() ? await stat(join(dir, entry.name)).catch(() => undefined) : entry;
    if (kind?.isDirectory()) folders.push(entry.name);
    else if (kind?.isFile()) files.push(entry.name);
  }
  files.sort();
  folders.sort();
  if (files.length > 0) {
    const prefix = shown === '' ? '' : `${shown}/`;
    yield {
      paths: files.map((f) => join(dir, f)),
      names: files.map((f) => prefix + f),
      reports: files.map(isReportFile),
    };
  }
  for (const folder of folders)
    yield* walkFolder(join(dir, folder), shown === '' ? folder : `${shown}/${folder}`);
}
