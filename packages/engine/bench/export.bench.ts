import { entry } from '@gongkai/corpus';
import { bench, describe } from 'vitest';

// The built package (`pnpm bench` builds it first), loaded natively as the CLI and the demo load it.
const dist = (name: string) => new URL(`../dist/${name}.js`, import.meta.url).href;
const { toDocx } = (await import(
  /* @vite-ignore */ dist('docx-export')
)) as typeof import('../src/docx-export.js');
const { toXlsx } = (await import(/* @vite-ignore */ dist('xlsx'))) as typeof import('../src/xlsx.js');

/**
 * The Word export of the largest corpus report against the Excel export of the same report (the other
 * office file a clerk downloads), as a ratio: Word should stay no slower than Excel.
 */
const report = entry('01-huaian-city-gov-2024').report;
const options = { time: 1000, warmupTime: 300, warmupIterations: 5 };

describe('office exports of 01-huaian-city-gov-2024', () => {
  bench(
    'toDocx',
    async () => {
      await toDocx(report);
    },
    options,
  );
  bench(
    'toXlsx (baseline)',
    async () => {
      await toXlsx(report);
    },
    options,
  );
});
