import { entry as corpusEntry } from '@gongkai/corpus';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../src/pdf/pdfjs.js';
import { printedPages } from '../../src/pdf/two-up.js';
import { importPdf } from '../../src/pdf.js';
import { compareCells } from '../import/corpus-match.js';
import { HUAIAN, pdfBytes } from './files.js';

const TWO_UP = 'derived/01-huaian-city-gov-2024.two-up.pdf';

describe('sheets printed two-up', () => {
  it('the 淮安 PDF two pages to a landscape sheet: read page by page, every cell, boxes on the sheet', async () => {
    const result = await importPdf(pdfBytes(TWO_UP));
    const { matched, total, wrong } = compareCells(corpusEntry('01-huaian-city-gov-2024'), result.report);
    // Read as one page, rows of the left page took the right page's figures (行政许可 got 12, not 447228).
    expect(wrong).toEqual([]);
    expect([matched, total]).toEqual([200, 200]);
    expect(result.pageCount).toBe(3);
    // 3001 is printed on the original's page 4: the right half of sheet 2.
    const box = result.sources['applications.newReceived.naturalPerson']!;
    expect(box.page).toBe(2);
    expect(box.x).toBeGreaterThan(421);
    const licensing = result.sources['activeDisclosure.licensing.decisions']!;
    expect(licensing.page).toBe(2);
    expect(licensing.x).toBeLessThan(421);
  }, 60_000);

  it('splits no page of one page a sheet: prose, tables, labels beside their figures', async () => {
    for (const file of [
      HUAIAN,
      'derived/shuyang-drc-2023.page.chromium.pdf',
      'derived/13-shanghai-gov-office-2025.ssr.chromium.pdf',
      'derived/14-shanghai-gov-office-2019-oldformat.ssr.chromium.pdf',
      'derived/01-huaian-city-gov-2024.turned.pdf',
    ]) {
      const read = await readPdf(pdfBytes(file));
      if (read.status !== 'ok') throw new Error(file);
      expect(printedPages(read.pages).split, file).toBe(false);
    }
    const read = await readPdf(pdfBytes(TWO_UP));
    if (read.status !== 'ok') throw new Error(TWO_UP);
    expect(printedPages(read.pages).pages).toHaveLength(6);
  }, 60_000);
});
