import { getCell } from '@gongkai/schema';
import { describe, expect, it } from 'vitest';
import type { PageGeometry } from '../../src/pdf/geometry.js';
import { legibilityOf } from '../../src/pdf/readable.js';
import { importPdf } from '../../src/pdf.js';
import { HUAIAN, pdfBytes } from './files.js';

describe('PDFs that cannot be read say so, and place nothing', () => {
  it('a scan: 「这是扫描件，没有文字层」', async () => {
    const result = await importPdf(pdfBytes('derived/01-huaian-city-gov-2024.pages-4-5.scan.pdf'));
    expect(result.kind).toBe('pdf');
    expect(result.diagnostics[0]).toMatchObject({ code: 'pdf.scanned', severity: 'error' });
    expect(result.diagnostics[0]!.message).toContain('这是扫描件，没有文字层');
    expect(result.diagnostics[0]!.message).toContain('2 页');
    expect(Object.keys(result.sources)).toEqual([]);
    expect(result.report.applications.newReceived?.naturalPerson ?? null).toBeNull();
    const en = await importPdf(pdfBytes('derived/01-huaian-city-gov-2024.pages-4-5.scan.pdf'), {
      locale: 'en',
    });
    expect(en.diagnostics[0]!.message).toMatch(/^This is a scan with no text layer/);
  }, 60_000);

  it('pages that are images among pages of text (tables pasted in as pictures): said, nothing guessed', async () => {
    const result = await importPdf(pdfBytes('derived/01-huaian-city-gov-2024.pages-4-5-as-images.pdf'));
    expect(result.diagnostics[0]).toMatchObject({ code: 'pdf.image-pages', severity: 'warning', page: 4 });
    expect(result.diagnostics[0]!.message).toMatch(/^第 4、5 页是图片，没有文字层/);
    // What pages 1–3 and 6 print is read; nothing of 三 and 四 (on the images) is.
    expect(result.report.agency.name).toBe('淮安市人民政府');
    const issued = 'activeDisclosure.regulations.issued';
    expect(getCell(result.report, issued)).toBe(getCell((await importPdf(pdfBytes(HUAIAN))).report, issued));
    expect(typeof getCell(result.report, issued)).toBe('number');
    expect(Object.keys(result.sources).some((a) => a.startsWith('applications.'))).toBe(false);
    expect(result.report.applications.newReceived?.naturalPerson ?? null).toBeNull();
  }, 60_000);

  it('an encrypted file, a damaged one', async () => {
    const encrypted = await importPdf(pdfBytes('derived/official-template-2021-blank.encrypted.pdf'));
    expect(encrypted.diagnostics[0]).toMatchObject({
      code: 'pdf.encrypted',
      message: 'PDF 文件已加密（需要密码），无法读取',
    });
    const damaged = await importPdf(new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<'));
    expect(damaged.diagnostics[0]).toMatchObject({
      code: 'pdf.corrupt',
      message: 'PDF 文件已损坏或不完整，无法读取',
    });
  }, 60_000);

  it("the 淮安 PDF with its fonts' Unicode maps removed: 「文字层无法识别」, nothing placed", async () => {
    const result = await importPdf(pdfBytes('derived/01-huaian-city-gov-2024.no-unicode-maps.pdf'));
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: 'pdf.unreadable', severity: 'error' });
    expect(result.diagnostics[0]!.message).toMatch(
      /^文字层无法识别：字体没有字符映射（\d+% 的字符无法解码）/,
    );
    expect(Object.keys(result.sources)).toEqual([]);
    expect(result.report.applications.newReceived?.naturalPerson ?? null).toBeNull();
    // The same glyphs with their maps are read to every cell (huaian.test): the maps alone make the text.
    const readable = await importPdf(pdfBytes(HUAIAN));
    expect(Object.keys(readable.sources).length).toBeGreaterThan(190);
  }, 60_000);

  it('a text layer without Unicode maps (U+FFFD, private use) is told from one that can be read', () => {
    const page = (texts: string[], imageCover = 0): PageGeometry => ({
      page: 1,
      width: 595,
      height: 842,
      runs: texts.map((text, i) => ({ text, x: 72, y: 72 + 20 * i, width: 200, height: 12 })),
      rules: [],
      imageCover,
    });
    expect(legibilityOf([page(['\ue001\ue002\ue003\ue004', '\ufffd\ufffd 12'])])).toEqual({
      status: 'unreadable',
      share: 75,
    });
    expect(legibilityOf([page(['一、总体情况', '规章 1 0 11'])])).toEqual({ status: 'text' });
    expect(legibilityOf([page([], 1), page([], 1)])).toMatchObject({ status: 'scanned' });
    expect(legibilityOf([page([])])).toEqual({ status: 'no-text' });
  });
});
