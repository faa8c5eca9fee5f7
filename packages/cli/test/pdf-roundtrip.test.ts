/**
 * Round trip through a PDF: `gongkai render --to pdf` (the page printed by Chromium), then the PDF
 * importer: every cell comes back as in the source report, blanks blank, notes with their figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportsDir } from '@gongkai/corpus/node';
import { importPdf } from '@gongkai/engine/pdf';
import { formatsOf, getCell, layoutOf, type Report } from '@gongkai/schema';
import { afterAll, describe, expect, test } from 'vitest';
import { tempDir } from './support/fixtures.js';
import { runCli } from './support/run.js';

const tmp = tempDir();
afterAll(() => tmp.remove());

/** 2021 format with a table crossing pages; the 2019 format; a township report with blank rows. */
const IDS = ['01-huaian-city-gov-2024', '14-shanghai-gov-office-2019-oldformat', 'xinglingzi-township-2024'];

function differences(want: Report, got: Report): string[] {
  const out: string[] = [];
  for (const { address } of layoutOf(formatsOf(want)).cells) {
    const w = getCell(want, address) ?? null;
    const g = getCell(got, address) ?? null;
    if (w !== g) out.push(`${address}: want ${w} got ${g}`);
    const wn = want.annotations?.[address];
    const gn = got.annotations?.[address];
    if (wn !== gn) out.push(`${address} note: want ${wn} got ${gn}`);
  }
  return out;
}

describe('render --to pdf, then importPdf', () => {
  test.each(IDS)(
    '%s: every cell as in the source report, blanks blank',
    async (id) => {
      const json = join(reportsDir, `${id}.json`);
      const report = JSON.parse(readFileSync(json, 'utf8')) as Report;
      const out = join(tmp.dir, `${id}.pdf`);
      const env = process.env.CHROMIUM_PATH ? { CHROMIUM_PATH: process.env.CHROMIUM_PATH } : undefined;
      const r = await runCli(['render', json, '--to', 'pdf', '-o', out], env ? { env } : {});
      expect(r.stderr).toBe('');
      const back = await importPdf(new Uint8Array(readFileSync(out)));
      expect(back.report.formatVersion).toBe(report.formatVersion);
      expect(differences(report, back.report)).toEqual([]);
      // No line of figures is left unplaced (a row blank in the report is said not found, never filled).
      expect(back.diagnostics.filter((d) => d.code === 'row.not-found' && d.page !== undefined)).toEqual([]);
    },
    120_000,
  );
});
