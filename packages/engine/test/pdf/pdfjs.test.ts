import { describe, expect, it } from 'vitest';
import { readPdf } from '../../src/pdf/pdfjs.js';
import { HUAIAN, pdfBytes } from './files.js';

describe('the pdf.js adapter', () => {
  it('gives each page its text runs (boxes from the top-left) and its ruling lines', async () => {
    const bytes = pdfBytes(HUAIAN);
    const read = await readPdf(bytes);
    if (read.status !== 'ok') throw new Error(read.status);
    expect(read.pageCount).toBe(6);
    expect(read.pages.map((p) => [p.width, p.height])).toEqual(Array(6).fill([595, 842]));
    const page4 = read.pages[3]!;
    // WPS's whitespace items (one 2609 pt wide) are dropped.
    expect(page4.runs.every((r) => r.text.trim() !== '' && r.width < 600)).toBe(true);
    const cell = page4.runs.find((r) => r.text === '3001')!;
    expect(cell.x).toBeCloseTo(260.3, 1);
    expect(cell.y + cell.height).toBeCloseTo(842 - 370.7, 0);
    // The table of section 三: 7 data columns bounded by vertical rules at x 284.5 … 521.5.
    const verticals = page4.rules.filter((r) => r.x0 === r.x1).map((r) => Math.round(r.x0 * 2) / 2);
    for (const x of [284.5, 322.5, 356.5, 401.5, 448.5, 486.5, 521.5]) expect(verticals).toContain(x);
    expect(page4.rules.some((r) => r.y0 === r.y1 && r.x1 - r.x0 > 100)).toBe(true);
    expect(page4.imageCover).toBe(0);
    // The caller's bytes stay theirs (pdf.js may detach the buffer it is given).
    expect(bytes.byteLength).toBeGreaterThan(0);
  }, 60_000);

  it('decodes the Chinese text (cmaps passed), and caps the pages read', async () => {
    const read = await readPdf(pdfBytes(HUAIAN), { maxPages: 2 });
    if (read.status !== 'ok') throw new Error(read.status);
    expect(read.pages).toHaveLength(2);
    expect(read.pageCount).toBe(6);
    expect(read.pages[0]!.runs.map((r) => r.text).join('')).toContain('政府信息公开工作年度报告');
  }, 60_000);

  it('tells an encrypted file from a damaged one, and never throws', async () => {
    expect((await readPdf(pdfBytes('derived/official-template-2021-blank.encrypted.pdf'))).status).toBe(
      'encrypted',
    );
    expect((await readPdf(new TextEncoder().encode('%PDF-1.7\nnot a pdf at all'))).status).toBe('corrupt');
    expect((await readPdf(new Uint8Array(0))).status).toBe('corrupt');
  }, 60_000);

  it('sees a scan as images over its pages, with no text', async () => {
    const read = await readPdf(pdfBytes('derived/01-huaian-city-gov-2024.pages-4-5.scan.pdf'));
    if (read.status !== 'ok') throw new Error(read.status);
    expect(read.pages.map((p) => p.runs.length)).toEqual([0, 0]);
    expect(read.pages.every((p) => p.imageCover > 0.9)).toBe(true);
  }, 60_000);

  it("reads the ruling lines only of the pages the caller asks for, after every page's text", async () => {
    let seen: number[] = [];
    const read = await readPdf(pdfBytes(HUAIAN), {
      operatorsFor: (pages) => {
        seen = pages.map((p) => p.page);
        // Every page's text is there to choose by.
        expect(pages.every((p) => p.runs.length > 0)).toBe(true);
        return new Set([4]);
      },
    });
    if (read.status !== 'ok') throw new Error(read.status);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
    expect(read.pages.map((p) => p.rules.length > 0)).toEqual([false, false, false, true, false, false]);
    // The text is the same whichever pages had their operators read.
    const all = await readPdf(pdfBytes(HUAIAN));
    if (all.status !== 'ok') throw new Error(all.status);
    expect(read.pages.map((p) => p.runs)).toEqual(all.pages.map((p) => p.runs));
    expect(all.pages[4]!.rules.length).toBeGreaterThan(0);
  }, 60_000);
});
