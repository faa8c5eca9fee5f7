/**
 * A third producer for the PDF importer: our .docx printed to PDF by LibreOffice (Debian's
 * libreoffice-writer-nogui, headless, on a profile of its own), then read back by importPdf.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpus, entry as corpusEntry } from '@gongkai/corpus';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toDocx } from '../../src/docx-export.js';
import { importPdf } from '../../src/pdf.js';
import { score } from './score.js';

/**
 * Every corpus report: both formats, 22（其中修订16件）notes, tables crossing pages, a township's 56
 * blank cells and an excerpt. File names without the `html/` folder of the HTML-sourced ones.
 */
const IDS = corpus.map((c) => c.id);
const fileOf = (id: string) => id.replace('/', '-');
const dir = mkdtempSync(join(tmpdir(), 'gk-lo-pdf-'));

beforeAll(async () => {
  const files: string[] = [];
  for (const id of IDS) {
    const file = join(dir, `${fileOf(id)}.docx`);
    writeFileSync(file, await toDocx(corpusEntry(id).report));
    files.push(file);
  }
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...files,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
}, 150_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('PDFs of our .docx printed by LibreOffice (a third producer)', () => {
  test.each(IDS)(
    '%s: every cell as in the source report, blanks blank',
    async (id) => {
      const report = corpusEntry(id).report;
      const result = await importPdf(new Uint8Array(readFileSync(join(dir, `${fileOf(id)}.pdf`))));
      const { right, blank, wrong, notes, total } = score(report, result.report);
      expect(wrong).toEqual([]);
      expect(blank).toEqual([]);
      expect(notes).toEqual([]);
      expect(right).toBe(total);
      // Also the excerpt, whose every cell is blank: its format is told by the headers alone.
      expect(result.report.formatVersion).toBe(report.formatVersion);
      // Only sections the report lacks are said to be missing (a blank table's heading is still found).
      const notFound = result.diagnostics.filter((d) => d.code === 'section.not-found').map((d) => d.section);
      expect(notFound.filter((s) => !report.missingSections?.includes(s as never))).toEqual([]);
    },
    60_000,
  );
});
