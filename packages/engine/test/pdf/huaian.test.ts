import { entry as corpusEntry } from '@gongkai/corpus';
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/index.js';
import { importPdf, type PdfImportResult } from '../../src/pdf.js';
import { compareCells } from '../import/corpus-match.js';
import { HUAIAN, pdfBytes } from './files.js';

const entry = corpusEntry('01-huaian-city-gov-2024');
let imported: PdfImportResult | undefined;
const result = async () => {
  imported ??= await importPdf(pdfBytes(HUAIAN));
  return imported;
};

describe('淮安市人民政府 2024, a real WPS export', () => {
  it('imports every cell of its expected file (200/200)', async () => {
    const { report } = await result();
    const { matched, total, wrong } = compareCells(entry, report);
    expect(wrong).toEqual([]);
    expect([matched, total]).toEqual([200, 200]);
    expect(report.year).toBe(2024);
    expect(report.agency.name).toBe('淮安市人民政府');
  }, 60_000);

  it('keeps the page and box of every placed figure, on the page that prints it', async () => {
    const { report, sources } = await result();
    const placed = Object.entries(entry.expected.cells).filter(([, v]) => v !== null);
    expect(Object.keys(sources).sort()).toEqual(placed.map(([a]) => a).sort());
    // 3001 (自然人, 一、本年新收) is printed on page 4 at x 260.3 (pdf.js's text item).
    const box = sources['applications.newReceived.naturalPerson']!;
    expect(box.page).toBe(4);
    expect(box.x).toBeCloseTo(260.3, 0);
    expect(box.width).toBeGreaterThan(5);
    // The table crosses the page 4→5 break: rows after （四）1. are on page 5, section 四 too.
    expect(sources['applications.unavailable.notHeld.total']!.page).toBe(4);
    expect(sources['applications.unavailable.needsCreation.total']!.page).toBe(5);
    expect(sources['appeals.review.total']!.page).toBe(5);
    expect(sources['activeDisclosure.regulations.inForce']!.page).toBe(3);
    expect(report.applications.resultsTotal?.total).toBe(3050);
  }, 60_000);

  it('reads the narrative in reading order, paragraphs rejoined, without page numbers', async () => {
    const { report } = await result();
    const { overview, problems, otherMatters } = report.narrative;
    expect(overview.startsWith('2024年，我市坚持以习近平新时代中国特色社会主义思想为指导')).toBe(true);
    // The paragraph of （四） runs from page 2 onto page 3 without a break or the page number.
    expect(overview).toContain('将栏目不更新、政策解读不通俗易懂');
    expect(overview).not.toMatch(/- \d -/);
    expect(problems).toContain('二是政务公开队伍建设还需进一步加强');
    expect(otherMatters).toBe(
      '2024年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费3940元。',
    );
  }, 60_000);

  it('says nothing worse than the text importer says of the same report', async () => {
    const { diagnostics } = await result();
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    // Located by page, not by the lines the reader built.
    for (const d of diagnostics) expect(d.line).toBeUndefined();
    expect(diagnostics.every((d) => d.page === undefined || d.message.includes(`第 ${d.page} 页`))).toBe(
      true,
    );
  }, 60_000);

  it('is what importReport reads when it sniffs %PDF', async () => {
    const viaReport = await importReport(pdfBytes(HUAIAN));
    expect(viaReport.kind).toBe('pdf');
    expect(compareCells(entry, viaReport.report).wrong).toEqual([]);
  }, 60_000);
});
