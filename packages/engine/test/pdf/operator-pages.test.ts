import { describe, expect, it } from 'vitest';
import { layOut } from '../../src/pdf/layout.js';
import { pagesNeedingOperators } from '../../src/pdf/operator-pages.js';
import { readPdf } from '../../src/pdf/pdfjs.js';
import { HUAIAN, pdfBytes } from './files.js';

describe('the pages whose ruling lines are read', () => {
  it('are those with lines of figures (the 淮安 tables on pages 3–5) and those that may be scans', async () => {
    const read = await readPdf(pdfBytes(HUAIAN));
    if (read.status !== 'ok') throw new Error(read.status);
    expect([...pagesNeedingOperators(read.pages)].sort()).toEqual([3, 4, 5]);
    const scan = await readPdf(pdfBytes('derived/01-huaian-city-gov-2024.pages-4-5.scan.pdf'));
    if (scan.status !== 'ok') throw new Error(scan.status);
    expect([...pagesNeedingOperators(scan.pages)].sort()).toEqual([1, 2]);
  }, 60_000);

  it('give the same layout as the rules of every page', async () => {
    for (const file of [HUAIAN, 'derived/13-shanghai-gov-office-2025.ssr.chromium.pdf']) {
      const all = await readPdf(pdfBytes(file));
      const some = await readPdf(pdfBytes(file), { operatorsFor: pagesNeedingOperators });
      if (all.status !== 'ok' || some.status !== 'ok') throw new Error(file);
      // Some pages were spared, and the lines, rows and columns the importer is given are the same.
      expect(pagesNeedingOperators(all.pages).size).toBeLessThan(all.pages.length);
      expect(layOut(some.pages).lines).toEqual(layOut(all.pages).lines);
    }
  }, 60_000);
});
