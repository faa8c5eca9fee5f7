import { corpus } from '@gongkai/corpus';
import { bench, describe } from 'vitest';
import { importHtml, importText } from '../src/import/index.js';

/**
 * Import of each corpus report against a baseline that only splits the same text into lines and cells.
 * Vitest prints, per report, how many times faster the baseline is: the ratio to keep within 5×.
 * Goal: a typical report imports in under 2 ms.
 */
const split = (source: string) => source.split(/\r?\n/).map((line) => line.split('\t'));

// Both sides warmed the same and timed for a full second: the first calls of a page run cold code, and a
// loaded machine's garbage-collection pauses would otherwise weigh on short runs.
const options = { time: 1000, warmupTime: 500, warmupIterations: 200 };

for (const e of corpus) {
  const read = e.id.startsWith('html/') ? importHtml : importText;
  describe(e.id, () => {
    bench(
      'import',
      () => {
        read(e.source);
      },
      options,
    );
    bench(
      'split into lines and cells (baseline)',
      () => {
        split(e.source);
      },
      options,
    );
  });
}
