import { entry as corpusEntry } from '@gongkai/corpus';
import { describe, expect, it } from 'vitest';
import { importPdf } from '../../src/pdf.js';
import { compareCells } from '../import/corpus-match.js';
import { pdfBytes } from './files.js';
import { score } from './score.js';

/** A report's narrative sections without line breaks or spaces (where a print breaks lines is its own). */
const proseOf = (narrative: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(narrative).map(([id, text]) => [id, (text ?? '').replace(/\s+/g, '')]));

// Chromium's PDFs: Type 3 fonts, look-alike code points (⾏ for 行), headers stacked a character a line,
// labels justified with spaces between characters, a table broken across pages mid-group.
describe('PDFs printed by Chromium (a second producer)', () => {
  it('the 沭阳县发展和改革局 portal page, printed: every cell of its expected file', async () => {
    const entry = corpusEntry('html/shuyang-drc-2023');
    const result = await importPdf(pdfBytes('derived/shuyang-drc-2023.page.chromium.pdf'));
    const { matched, total, wrong } = compareCells(entry, result.report);
    expect(wrong).toEqual([]);
    expect([matched, total]).toEqual([200, 200]);
    expect(result.report.narrative.otherMatters).toContain('县发展和改革局政府信息公开未发生收费情况');
  }, 60_000);

  it('the same page printed without ruling lines: every figure in its column or left blank, none wrong', async () => {
    const entry = corpusEntry('html/shuyang-drc-2023');
    const result = await importPdf(pdfBytes('derived/shuyang-drc-2023.page.unruled.chromium.pdf'));
    const { wrong, matched } = compareCells(entry, result.report);
    // Five columns (商业企业 … 其他) are blank in every row and the header of table 三 is cut by the page
    // break: its columns come from the header words and the figures under no header word (自然人, 总计),
    // and the next page's from this one. Rows whose columns cannot all be told are left blank, said so.
    expect(wrong.filter((w) => !/got null$/.test(w))).toEqual([]);
    expect(matched).toBeGreaterThanOrEqual(190);
    const blanked = result.diagnostics.filter((d) => d.code === 'row.columns-unsure');
    expect(blanked.length).toBeGreaterThan(0);
    expect(
      blanked.every(
        (d) => d.page === 7 && /表格没有框线，无法确定各数字属于哪一列，这些单元格记为空/.test(d.message),
      ),
    ).toBe(true);
  }, 60_000);

  it('our SSR page of 上海市政府办公厅 2025: every cell, 22（其中修订16件）with its note', async () => {
    const entry = corpusEntry('13-shanghai-gov-office-2025');
    const result = await importPdf(pdfBytes('derived/13-shanghai-gov-office-2025.ssr.chromium.pdf'));
    const { right, blank, wrong, total } = score(entry.report, result.report);
    expect(wrong).toEqual([]);
    expect(blank).toEqual([]);
    expect([right, total]).toEqual([200, 200]);
    // Chromium splits the cell into five runs (22 | （ | 其中修订 | 16 | 件）): read as one figure with its note.
    expect(result.report.annotations?.['activeDisclosure.regulations.issued']).toBe('其中修订16件');
    expect(result.sources['activeDisclosure.regulations.issued']?.page).toBe(2);
    // Every line of the print is placed: the header 「申请人情况」 printed as 「申请」「⼈」「情况」 over the
    // columns, and the merged labels 三、本年度办理结果 and （四）无法提供 stacked side by side in their cells.
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    // The prose as the report has it, in reading order, but for line breaks and spaces: 门户 (printed
    // with the radical ⼾, which NFKC folds to 戶) included.
    expect(proseOf(result.report.narrative)).toEqual(proseOf(entry.report.narrative));
  }, 60_000);

  it('our SSR page of a 2019-format report: every one of its 198 cells', async () => {
    const entry = corpusEntry('14-shanghai-gov-office-2019-oldformat');
    const result = await importPdf(
      pdfBytes('derived/14-shanghai-gov-office-2019-oldformat.ssr.chromium.pdf'),
    );
    const { right, blank, wrong, total } = score(entry.report, result.report);
    expect(wrong).toEqual([]);
    expect(blank).toEqual([]);
    expect([right, total]).toEqual([198, 198]);
    expect(result.report.formatVersion).toBe('2019');
    // Labels of rows left blank (3.要求提供公开出版物, nothing in it) between two runs of figures of one
    // ruled table are the table's, not text out of place. （六）其他处理, blank, names a group of rows in the
    // 2021 format: its row is said to be missing, its cells blank.
    expect(result.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code)).toEqual([
      'row.not-found',
    ]);
    // The end of section 一, just above table 二's heading, is prose, not the table's header: it once
    // read 「…开展专题工作人员的工作能力和水平。授课，…本年新制作数量…」.
    expect(proseOf(result.report.narrative)).toEqual(proseOf(entry.report.narrative));
  }, 60_000);

  it('the same SSR print re-printed by cairo (y-down Type 3 font matrices): every cell and the same text', async () => {
    const entry = corpusEntry('13-shanghai-gov-office-2025');
    const chromium = await importPdf(pdfBytes('derived/13-shanghai-gov-office-2025.ssr.chromium.pdf'));
    const cairo = await importPdf(pdfBytes('derived/13-shanghai-gov-office-2025.ssr.chromium.cairo.pdf'));
    // Before, every run of a Type 3 font was set aside as sideways text: 1 cell of 200, no narrative.
    const { right, blank, wrong, total } = score(entry.report, cairo.report);
    expect(wrong).toEqual([]);
    expect(blank).toEqual([]);
    expect([right, total]).toEqual([200, 200]);
    expect(cairo.report.narrative).toEqual(chromium.report.narrative);
    expect(cairo.diagnostics.filter((d) => d.code === 'pdf.text-aside')).toEqual([]);
    expect(cairo.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    // Each figure is found where it is printed: the same page, within a point or two of Chromium's box.
    for (const [address, box] of Object.entries(chromium.sources)) {
      const other = cairo.sources[address];
      expect(other?.page, address).toBe(box.page);
      expect(Math.abs((other?.x ?? 0) - box.x), address).toBeLessThan(2);
      expect(Math.abs((other?.y ?? 0) - box.y), address).toBeLessThan(2);
    }
  }, 60_000);

  it('our printed template of a township report: the body named whole, 人 and all, every cell', async () => {
    const entry = corpusEntry('xinglingzi-township-2024');
    const result = await importPdf(pdfBytes('derived/xinglingzi-township-2024.render.chromium.pdf'));
    // 「⼈」, a run of its own in the header repeated at the top of each page, was taken for a running head
    // and dropped from the title too: the body read 「杏岭子乡民政府」, with no level.
    expect(result.report.agency).toEqual(entry.report.agency);
    expect(result.report.year).toBe(2024);
    const { right, wrong, total } = score(entry.report, result.report);
    expect(wrong).toEqual([]);
    expect(right).toBe(total);
  }, 60_000);
});
