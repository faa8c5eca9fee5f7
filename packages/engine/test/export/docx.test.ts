import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpus, entry, seedId } from '@gongkai/corpus';
import { publishedDir } from '@gongkai/corpus/node';
import { createEmptyReport, formatsOf, layoutOf, type Report, setCell, TABLE_IDS } from '@gongkai/schema';
import { placeTable, printedRows, rowSpanOf, tableModel } from '@gongkai/schema/printed';
import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { toDocx } from '../../src/docx-export.js';
import { importReport } from '../../src/import/index.js';
import { arbitraryReport } from '../roundtrip/arbitrary-report.js';
import { shape, wordParagraphs, wordPart, wordTables } from './word-xml.js';

const template = new Uint8Array(readFileSync(join(publishedDir, 'official-template-2021-blank.docx')));
const seed = entry(seedId).report;
const oldFormat = entry('14-shanghai-gov-office-2019-oldformat').report;

/** The structure Word must store for a table of the printed model: covered positions become `continue` cells. */
function expectedShape(report: Report, table: (typeof TABLE_IDS)[number]): string[][] {
  const grid = placeTable(tableModel(table, formatsOf(report)[table]));
  const merged = new Map<string, number>();
  return grid.map((row, r) => {
    const out: string[] = [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell) {
        const rows = rowSpanOf(cell);
        if (rows > 1) for (let dr = 1; dr < rows; dr++) merged.set(`${r + dr}/${c}`, cell.colspan);
        out.push(`${cell.colspan}${rows > 1 ? ':restart' : ''}`);
        c += cell.colspan - 1;
      } else if (merged.has(`${r}/${c}`)) {
        const span = merged.get(`${r}/${c}`) as number;
        out.push(`${span}:continue`);
        c += span - 1;
      }
    }
    return out;
  });
}

describe('toDocx: the report in the official Word template', { timeout: 30_000 }, () => {
  test("a 2021-format report has the template's three tables, cell for cell (rows, columns, merged cells)", async () => {
    const ours = wordTables(await toDocx(seed));
    const official = wordTables(template);
    expect(ours).toHaveLength(3);
    expect(ours.map(shape)).toEqual(official.map(shape));
    // The labels are the template's too (its cells hold no figures: compare the label cells).
    ours.forEach((table, t) => {
      table.forEach((row, r) => {
        row.forEach((cell, c) => {
          const theirs = official[t]?.[r]?.[c]?.text.replace(/[\s\u3000]/g, '');
          if (theirs) expect(cell.text.replace(/\s/g, '')).toBe(theirs);
        });
      });
    });
  });

  test('2019-format tables come out in the 2019 layout of the printed model', async () => {
    const tables = wordTables(await toDocx(oldFormat));
    expect(tables.map(shape)).toEqual(TABLE_IDS.map((id) => expectedShape(oldFormat, id)));
    expect(formatsOf(oldFormat).applications).toBe('2019');
    const mixed = { ...seed, tableFormats: { applications: '2019' as const } };
    const mixedTables = wordTables(await toDocx(mixed));
    expect(mixedTables.map(shape)).toEqual(TABLE_IDS.map((id) => expectedShape(mixed, id)));
  });

  test('blank cells stay blank, never 0; annotations print as in the report', async () => {
    const blank = createEmptyReport({ year: 2024, agency: { name: '杏岭子乡人民政府' } });
    const labels = new Set(
      TABLE_IDS.flatMap((id) =>
        printedRows(tableModel(id, '2021')).flatMap((row) =>
          row.cells.flatMap((c) => (c.kind === 'td' ? [] : [c.label?.zh ?? ''])),
        ),
      ),
    );
    const cells = wordTables(await toDocx(blank)).flat(2);
    // Every cell is a label of the form or empty: 200 figure cells and no figure among them.
    expect(cells.filter((c) => !labels.has(c.text) && c.text !== '')).toEqual([]);
    expect(cells.filter((c) => c.text === '' && c.merge !== 'continue')).toHaveLength(200);
    const annotated: Report = structuredClone(blank);
    setCell(annotated, 'activeDisclosure.regulations.issued', 22);
    annotated.annotations = { 'activeDisclosure.regulations.issued': '其中修订16件' };
    const filled = wordTables(await toDocx(annotated)).flat(2);
    expect(filled.filter((c) => c.text === '22（其中修订16件）')).toHaveLength(1);
    expect(filled.some((c) => c.text === '0')).toBe(false);
  });

  test('title, the six sections in order, then the signature; A4, page numbers, government fonts', async () => {
    const docx = await toDocx(seed, { date: '2025年1月20日' });
    const paragraphs = wordParagraphs(docx).filter((p) => p.text !== '');
    expect(paragraphs[0]?.text).toBe('杏岭子乡人民政府2024年政府信息公开工作年度报告');
    const headings = paragraphs.filter((p) => /^[一二三四五六]、/.test(p.text) && p.xml.includes('黑体'));
    expect(headings.map((p) => p.text.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、', '五、', '六、']);
    expect(paragraphs.slice(-2).map((p) => [p.text, p.style])).toEqual([
      ['杏岭子乡人民政府', 'gongkaiSignature'],
      ['2025年1月20日', 'gongkaiSignature'],
    ]);
    expect(paragraphs[0]?.xml).toMatch(/w:eastAsia="宋体"[\s\S]*<w:b\/>/);
    expect(paragraphs[1]?.xml).toContain('w:eastAsia="黑体"');
    expect(paragraphs[2]?.xml).toContain('w:eastAsia="仿宋"');
    const document = wordPart(docx, 'word/document.xml');
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).toContain('<w:tblHeader/>');
    const footers = Object.keys((await import('fflate')).unzipSync(docx)).filter((p) =>
      /footer\d*\.xml$/.test(p),
    );
    expect(footers.map((p) => wordPart(docx, p)).join('')).toMatch(/PAGE/);
  });

  test('a report whose section 六 ends with its own signature prints it once, as the signature', async () => {
    const signed = entry('09-shuyang-county-drc-2023').report;
    const paragraphs = wordParagraphs(await toDocx(signed)).filter((p) => p.text !== '');
    expect(paragraphs.slice(-2).map((p) => p.text)).toEqual(['沭阳县发展和改革局', '2024年1月17日']);
    expect(paragraphs.filter((p) => p.text === '沭阳县发展和改革局')).toHaveLength(1);
    expect(paragraphs.at(-1)?.xml).toContain('w:val="right"');
  });
});

describe('round trip: toDocx → importReport gives the same report, blanks included', {
  timeout: 30_000,
}, () => {
  test.each(corpus.map((c) => [c.id, c.report] as const))(
    '%s',
    async (_id, report) => {
      const back = await importReport(await toDocx(report));
      expect(back.kind).toBe('docx');
      expect(back.report).toEqual(report);
    },
    30_000,
  );

  test('generated reports of both formats (and mixed tables)', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryReport, async (report) => {
        expect((await importReport(await toDocx(report))).report).toEqual(report);
      }),
      { numRuns: 6 },
    );
  }, 60_000);

  test('a blank report reads back with every cell blank', async () => {
    const blank = createEmptyReport({ year: 2024, agency: { name: '杏岭子乡人民政府' } });
    const back = (await importReport(await toDocx(blank))).report;
    for (const cell of layoutOf(formatsOf(back)).cells)
      expect(back).toHaveProperty(cell.address.split('.'), null);
  });
});
