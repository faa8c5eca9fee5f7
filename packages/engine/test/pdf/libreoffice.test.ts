/**
 * A third producer for the PDF importer: our .docx printed to PDF by LibreOffice (Debian's
 * libreoffice-writer-nogui, headless, on a profile of its own), then read back by importPdf.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entry as corpusEntry } from '@gongkai/corpus';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toDocx } from '../../src/docx-export.js';
import { importPdf } from '../../src/pdf.js';
import { score } from './score.js';

/** Both formats, 22（其中修订16件）notes, and a table crossing pages. */
const IDS = [
  '01-huaian-city-gov-2024',
  '13-shanghai-gov-office-2025',
  '14-shanghai-gov-office-2019-oldformat',
];
const dir = mkdtempSync(join(tmpdir(), 'gk-lo-pdf-'));

beforeAll(async () => {
  const files: string[] = [];
  for (const id of IDS) {
    const file = join(dir, `${id}.docx`);
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
      const result = await importPdf(new Uint8Array(readFileSync(join(dir, `${id}.pdf`))));
      const { right, blank, wrong, notes, total } = score(report, result.report);
      expect(wrong).toEqual([]);
      expect(blank).toEqual([]);
      expect(notes).toEqual([]);
      expect(right).toBe(total);
      expect(result.report.formatVersion).toBe(report.formatVersion);
    },
    60_000,
  );
});
