/**
 * The report this project started from, imported live from its published text on first visit, so a
 * newcomer sees at once what the importer recovers, what it could not read, and what remains to check.
 */
import { entry, seedId } from '@gongkai/corpus';
import type { Store } from './app/store.js';
import type { Messages } from './i18n/messages.js';

/** Imports the seed report's published text into a new draft. */
export function openSeed(store: Store, m: Messages): Promise<void> {
  const seed = entry(seedId);
  return store.importKnown(seed.source, fileName(seed.sourceFile), m.importing);
}

/** The file name a clerk would have saved it under: `xinglingzi-township-2024.txt`. */
export function fileName(path: string): string {
  return path.split('/').pop() ?? path;
}
