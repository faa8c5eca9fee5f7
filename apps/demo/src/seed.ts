/**
 * The report this project started from, imported live from its published text on first visit, so a
 * newcomer sees at once what the importer recovers, what it could not read, and what remains to check.
 */
import type { Store } from './app/store.js';
import { fileName, loadCorpus } from './corpus/examples.js';
import type { Messages } from './i18n/messages.js';

/** Imports the seed report's published text into a new draft. */
export async function openSeed(store: Store, m: Messages): Promise<void> {
  const { entry, seedId } = await loadCorpus();
  const seed = entry(seedId);
  await store.importKnown(seed.source, fileName(seed.sourceFile), m.importing);
}
