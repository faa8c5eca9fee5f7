import { parseReport } from '@gongkai/schema';
import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { toCsv, toMarkdown, toText } from '../../src/export/index.js';
import { importCsv, importHtml, importReport, importText } from '../../src/import/index.js';
import { importXlsx, toXlsx } from '../../src/xlsx.js';
import { arbitraryReport } from './arbitrary-report.js';
import { toPortalPage } from './html-page.js';

describe('round trip over generated reports of both formats', () => {
  test('generated reports are valid reports', () => {
    fc.assert(fc.property(arbitraryReport, (report) => parseReport(report).success));
  }, 60_000);

  test('text export → import gives the same report', () => {
    fc.assert(
      fc.property(arbitraryReport, (report) => {
        expect(importText(toText(report)).report).toEqual(report);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  test('Markdown export → import gives the same report', () => {
    fc.assert(
      fc.property(arbitraryReport, (report) => {
        expect(importText(toMarkdown(report)).report).toEqual(report);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  test('CSV export → import gives the same report', () => {
    fc.assert(
      fc.property(arbitraryReport, (report) => {
        expect(importCsv(toCsv(report)).report).toEqual(report);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  test('a portal page (chrome, spans, rowspan/colspan, &nbsp;) → import gives the same report', () => {
    fc.assert(
      fc.property(arbitraryReport, (report) => {
        expect(importHtml(toPortalPage(report)).report).toEqual(report);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  test('xlsx export → import gives the same report', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryReport, async (report) => {
        expect((await importXlsx(await toXlsx(report))).report).toEqual(report);
      }),
      { numRuns: 12 },
    );
  }, 60_000);

  test('importReport sniffs every export back to its kind', async () => {
    const [report] = fc.sample(arbitraryReport, { numRuns: 1, seed: 7 });
    expect((await importReport(toText(report!))).kind).toBe('text');
    expect((await importReport(toCsv(report!))).kind).toBe('csv');
    expect((await importReport(JSON.stringify(report))).kind).toBe('json');
    const xlsx = await importReport(await toXlsx(report!));
    expect(xlsx.kind).toBe('xlsx');
    expect(xlsx.report).toEqual(report);
  }, 20_000);
});
