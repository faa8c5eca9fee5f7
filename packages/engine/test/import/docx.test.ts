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

  test('its placeholders (（文字描述）) are not taken for the narrative, and each is reported at its section', async () => {
    const { report, diagnostics } = await importDocx(template, { year: 2024 });
    expect(report.narrative).toEqual({ overview: '', problems: '', otherMatters: '' });
    const placeholders = diagnostics.filter((d) => d.code === 'narrative.placeholder');
    expect(placeholders.map((d) => [d.section, d.severity])).toEqual([
      ['overview', 'warning'],
      ['problems', 'warning'],
      ['otherMatters', 'warning'],
    ]);
    expect(placeholders[2]?.message).toBe(
      '「（文字描述，收取信息处理费情况在此处报告。）」是模板的占位文字，未作为「六、其他需要报告的事项」的正文导入',
    );
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
