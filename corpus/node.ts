/** File-system paths of the corpus, for Node-only tests and benchmarks (the CLI's). */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const corpusDir = dirname(fileURLToPath(import.meta.url));
export const publishedDir = join(corpusDir, 'published');
export const reportsDir = join(corpusDir, 'reports');
/** Copies made from the published reports (prints, scans), each described in its README. */
export const derivedDir = join(corpusDir, 'derived');
