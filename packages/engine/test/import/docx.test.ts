import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedDir } from '@gongkai/corpus/node';
import { formatsOf, getCell, layoutOf, parseReport } from '@gongkai/schema';
import { describe, expect, test } from 'vitest';
import { importDocx } from '../../src/docx.js';
import { importReport } from '../../src/import/index.js';

const template = readFileSync(join(publishedDir, 'official-template-2021-blank.docx'));

describe('the blank official Word template', () => {
  test('reads as a 2021-format report with every cell blank, and says nothing was filled', async () => {
    const { report, diagnostics, kind } = await importDocx(template, { year: 2024 });
    expect(kind).toBe('docx');
    expect(parseReport(report).success).toBe(true);
    expect(formatsOf(report)).toEqual({ activeDisclosure: '2021', applications: '2021', appeals: '2021' });
    const cells = layoutOf(formatsOf(report)).cells;
    expect(cells).toHaveLength(200);
    expect(cells.every((c) => getCell(report, c.address) === null)).toBe(true);
    expect(diagnostics.some((d) => d.code === 'report.blank')).toBe(true);
    expect(report.missingSections).toBeUndefined();
    // Every row of the template is found: none is reported missing.
    expect(diagnostics.filter((d) => d.code === 'row.not-found')).toEqual([]);
  });

  test('importReport recognises the .docx by its content and loads the Word reader on demand', async () => {
    const result = await importReport(new Uint8Array(template));
    expect(result.kind).toBe('docx');
    expect(result.diagnostics.some((d) => d.code === 'year.not-found')).toBe(true);
  });

  test('a broken .docx gives a diagnostic, not an exception', async () => {
    const broken = new Uint8Array(template.subarray(0, 2000));
    const result = await importReport(broken);
    expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });
});
