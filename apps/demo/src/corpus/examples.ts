/**
 * The corpus of real reports, loaded on demand: some 350 kB of published text that a returning visitor
 * with drafts does not need, kept out of the first chunk (and precached for offline use all the same).
 */
import type { CorpusEntry } from '@gongkai/corpus';

type CorpusModule = typeof import('@gongkai/corpus');

let loaded: CorpusModule | undefined;
let loading: Promise<CorpusModule> | undefined;

/** The corpus module, loaded once. */
export function loadCorpus(): Promise<CorpusModule> {
  loading ??= import('@gongkai/corpus').then((m) => {
    loaded = m;
    return m;
  });
  return loading;
}

/** The corpus's entries when loaded; otherwise starts loading, calls `whenLoaded`, and gives undefined. */
export function corpusEntries(whenLoaded: () => void): readonly CorpusEntry[] | undefined {
  if (loaded) return loaded.corpus;
  void loadCorpus().then(whenLoaded);
  return undefined;
}

/** The file name a clerk would have saved a report under: `xinglingzi-township-2024.txt`. */
export function fileName(path: string): string {
  return path.split('/').pop() ?? path;
}
