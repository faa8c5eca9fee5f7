/** PDFs through the CLI: `import` reads them like any other input; one that cannot be read says why. */
import { join } from 'node:path';
import { corpusDir, publishedDir } from '@gongkai/corpus/node';
import { parseReport } from '@gongkai/schema';
import { describe, expect, test } from 'vitest';
import { runCli } from './support/run.js';

describe('PDF inputs', () => {
  test('import reads the 淮安 PDF into the report its text gives', async () => {
    const [fromPdf, fromText] = await Promise.all([
      runCli(['import', join(publishedDir, '01-huaian-city-gov-2024.pdf')]),
      runCli(['import', join(publishedDir, '01-huaian-city-gov-2024.txt')]),
    ]);
    expect(fromPdf.code).toBe(0);
    const pdf = JSON.parse(fromPdf.stdout);
    expect(parseReport(pdf).success).toBe(true);
    const text = JSON.parse(fromText.stdout);
    for (const table of ['activeDisclosure', 'applications', 'appeals'] as const)
      expect(pdf[table]).toEqual(text[table]);
  }, 60_000);

  test('a scan is not a report: 「这是扫描件」, and the exit code says the input was unreadable', async () => {
    const r = await runCli([
      'import',
      join(corpusDir, 'derived', '01-huaian-city-gov-2024.pages-4-5.scan.pdf'),
    ]);
    expect(r.stderr).toContain('这是扫描件，没有文字层');
    expect(r.code).not.toBe(0);
  }, 60_000);
});
