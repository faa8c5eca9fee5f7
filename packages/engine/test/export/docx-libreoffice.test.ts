/**
 * A real consumer opens our Word files: LibreOffice (Debian's libreoffice-writer-nogui, installed by
 * scripts/setup.sh) converts every corpus report's .docx to PDF and re-saves it as .docx, headless.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpus } from '@gongkai/corpus';
import { formatsOf, getCell, layoutOf, type Report } from '@gongkai/schema';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toDocx } from '../../src/docx-export.js';
import { printedValue } from '../../src/export/long-form.js';
import { importReport } from '../../src/import/index.js';

const dir = mkdtempSync(join(tmpdir(), 'gk-docx-'));
const name = (id: string) => id.replace(/\//g, '-');
const pdfText = new Map<string, string>();
const pdfPages = new Map<string, string>();

/** One soffice run per conversion, on its own profile (others may run LibreOffice at the same time). */
function soffice(args: string[]): void {
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', ...args], {
    stdio: 'pipe',
    timeout: 120_000,
  });
}

beforeAll(async () => {
  const files: string[] = [];
  for (const c of corpus) {
    const file = join(dir, `${name(c.id)}.docx`);
    writeFileSync(file, await toDocx(c.report));
    files.push(file);
  }
  mkdirSync(join(dir, 'pdf'));
  mkdirSync(join(dir, 'resaved'));
  soffice(['--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), ...files]);
  soffice(['--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(dir, 'resaved'), ...files]);
  for (const c of corpus) {
    const pdf = join(dir, 'pdf', `${name(c.id)}.pdf`);
    pdfText.set(c.id, execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
    pdfPages.set(c.id, execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }));
  }
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** How often each printed figure occurs: the PDF's text must hold each at least as often. */
function figureCounts(report: Report): Map<string, number> {
  const counts = new Map<string, number>();
  for (const cell of layoutOf(formatsOf(report)).cells) {
    const value = getCell(report, cell.address);
    if (value === null) continue;
    const text = printedValue(value, report.annotations?.[cell.address]);
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return counts;
}

describe('LibreOffice opens every exported .docx of the corpus', () => {
  test.each(corpus.map((c) => [c.id, c.report] as const))(
    '%s: the PDF holds every figure, on A4 pages',
    (id, report) => {
      const text = pdfText.get(id) as string;
      const tokens = text.replace(/\s+/g, '\n').split('\n');
      for (const [figure, times] of figureCounts(report)) {
        const found = figure.includes('（')
          ? text.replace(/\s+/g, '').split(figure).length - 1
          : tokens.filter((t) => t === figure).length;
        expect(found, `${id}: ${figure}`).toBeGreaterThanOrEqual(times);
      }
      expect(pdfPages.get(id)).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
      // Page numbers at the foot of each page, the title at the top.
      expect(text).toMatch(/—\s*1\s*—/);
      expect(text.replace(/\s+/g, '')).toContain('政府信息公开工作年度报告');
    },
  );

  test('a table that runs over a page repeats its header rows on the next', () => {
    const text = pdfText.get('01-huaian-city-gov-2024') as string;
    // Pages holding rows of section 三 (row labels of its widest column, which never wrap mid-word).
    const rows = ['本年新收政府信息公开申请数量', '属于国家秘密', '信访举报投诉类申请', '结转下年度继续办理'];
    const pages = text.split('\f').filter((p) => rows.some((r) => p.replace(/\s+/g, '').includes(r)));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('申请人情况');
  });

  test.each(corpus.map((c) => [c.id, c.report] as const))(
    '%s: re-saved by LibreOffice as .docx, it still imports',
    async (id, report) => {
      const bytes = new Uint8Array(readFileSync(join(dir, 'resaved', `${name(id)}.docx`)));
      const back = await importReport(bytes);
      expect(back.kind).toBe('docx');
      expect(back.report).toEqual(report);
    },
    30_000,
  );
});
