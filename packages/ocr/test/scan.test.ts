import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeImage, languagePaths, Recognizer, readScan, readScanPages, ScanError } from '../src/node.js';
import { expectedOnPage, pdfOfJpegs, scanPages } from './scans.js';
import { score } from './score.js';

// A few pages only: the full sweep of resolutions and damages is the bench (`pnpm --filter @gongkai/ocr bench`).
let recognizer: Recognizer;
beforeAll(async () => {
  recognizer = await Recognizer.create(languagePaths());
}, 60_000);
afterAll(() => recognizer?.close());

describe('a JPEG scan: 200 dpi, turned 1.5°, a red seal over table 三, quality 60', () => {
  it('reads page 4 with no wrong figure left unflagged, each with its source', async () => {
    const [page] = await scanPages({ name: 'damaged', dpi: 200, jpeg: 60, rotate: 1.5, seal: true }, [4]);
    const draft = await readScanPages([await decodeImage(page!.bytes)], 1, recognizer);
    const s = score(draft, expectedOnPage(4));
    // Page 4 prints 3 figures of section 二 and 13 rows of 7 of section 三.
    expect(s.expected).toBe(3 + 13 * 7);
    expect(s.silent).toBe(0);
    expect(s.right / s.expected).toBeGreaterThanOrEqual(0.95);
    expect(draft.pages[0]!.skew).toBeCloseTo(1.5, 0);
    const fees = draft.cells['activeDisclosure.fees.amount']!;
    expect(fees.page).toBe(1);
    expect(fees.box!.x1).toBeGreaterThan(fees.box!.x0);
    // Section 二 has no sums: its figures are always for a person to confirm.
    expect(draft.toConfirm.find((c) => c.address === 'activeDisclosure.fees.amount')?.reasons).toContain(
      'unchecked',
    );
    expect(draft.diagnostics[0]!.code).toBe('scan.ocr');
  }, 120_000);
});

describe('a PDF of page images at 150 dpi', () => {
  it('renders the PDF, reads the tables of page 5 and lists the rows it could not see', async () => {
    const pages = await scanPages({ name: '150 dpi JPEG q60', dpi: 150, jpeg: 60 }, [5]);
    const draft = await readScan(pdfOfJpegs(pages), { dpi: 150 });
    const s = score(draft, expectedOnPage(5));
    // Page 5: the last 12 rows of section 三 and the 15 figures of section 四.
    expect(s.expected).toBe(12 * 7 + 15);
    expect(s.silent).toBe(0);
    expect(s.right / s.expected).toBeGreaterThanOrEqual(0.9);
    // Rows of section 三 printed on page 4 (not in this scan) are blank and listed, never 0.
    const first = draft.toConfirm.find((c) => c.address === 'applications.newReceived.naturalPerson');
    expect(first).toMatchObject({ value: null, reasons: ['not-found'] });
    expect(draft.report.applications.newReceived.naturalPerson).toBeNull();
    // Every cell to confirm that was read comes with its picture.
    const read = draft.toConfirm.filter((c) => c.page !== undefined);
    expect(read.length).toBeGreaterThan(0);
    for (const c of read) expect([...c.crop!.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  }, 120_000);
});

describe('a page that is not a report', () => {
  it('says so in Chinese instead of giving a report of blanks', async () => {
    const blank = { width: 600, height: 850, data: new Uint8ClampedArray(600 * 850 * 4).fill(255) };
    const error = await readScanPages([blank], 1, recognizer).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScanError);
    expect((error as ScanError).message).toContain('不像是政府信息公开工作年度报告');
  }, 60_000);

  it('a photograph (a circuit board: straight lines and print, no table) is not read as one', async () => {
    const photo = readFileSync(new URL('./fixtures/photo-circuit-board.jpg', import.meta.url));
    const error = await readScanPages([await decodeImage(new Uint8Array(photo))], 1, recognizer).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ScanError);
    expect((error as ScanError).message).toContain('可能是照片或空白页');
  }, 60_000);
});
