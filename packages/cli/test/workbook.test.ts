/**
 * `stats -o 结果.xlsx`: the workbook for a 通报 from the corpus' real reports, read back with exceljs:
 * five sheets, one row per finding and per report, Chinese titles, frozen headers, filters, widths.
 */
import { join } from 'node:path';
import { reportsDir } from '@gongkai/corpus/node';
import ExcelJS from 'exceljs';
import { afterAll, expect, test } from 'vitest';
import { tempDir } from './support/fixtures.js';
import { runCli } from './support/run.js';

const tmp = tempDir();
afterAll(() => tmp.remove());

test('five sheets with frozen headers and filters; one row per finding, in Chinese', async () => {
  const out = join(tmp.dir, '结果.xlsx');
  const json = await runCli(['validate', reportsDir, '--json']);
  const r = await runCli(['stats', reportsDir, '-o', out]);
  expect(r.code).toBe(1);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  expect(book.worksheets.map((s) => s.name)).toEqual([
    '概览',
    '问题清单',
    '各机关',
    '规则统计',
    '最可能填错的单元格',
  ]);
  const findings = book.getWorksheet('问题清单') as ExcelJS.Worksheet;
  expect(findings.getRow(1).values).toEqual([
    undefined,
    ...['机关', '层级', '年度', '部分', '行', '列', '规则', '严重程度', '说明', '文件', '页或行'],
  ]);
  expect(findings.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(findings.autoFilter).toBeTruthy();
  // As many rows as errors and warnings validate reports (plus the importer's notes, none for JSON).
  const lines = json.stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l));
  const expected = lines.reduce(
    (n, l) => n + l.findings.filter((f: { severity: string }) => f.severity !== 'info').length,
    0,
  );
  expect(findings.rowCount - 1).toBe(expected);
  const rows = findings.getSheetValues().slice(2) as unknown[][];
  const missing = rows.filter((v) => v[7] === '缺少部分');
  expect(missing.map((v) => v[1])).toContain('螅镇');
  expect(missing.every((v) => v[8] === '错误' && String(v[4]).startsWith('第'))).toBe(true);
  const balance = rows.find((v) => v[7] === '申请数的勾稽关系（一+二=三+四）');
  if (balance) expect(balance[5]).toBe('');
  // Widths from the content: the message column as wide as allowed, the year narrow.
  expect(findings.getColumn(9).width).toBe(60);
  expect(findings.getColumn(3).width).toBeLessThan(10);
  for (let c = 1; c <= 10; c++) expect(findings.getColumn(c).width).toBeGreaterThan(5);
  const reports = book.getWorksheet('各机关') as ExcelJS.Worksheet;
  expect(reports.rowCount - 1).toBe(10);
  const rules = book.getWorksheet('规则统计') as ExcelJS.Worksheet;
  expect(rules.getRow(1).values).toContain('出现该问题的报告');
  expect((rules.getSheetValues().slice(2) as unknown[][]).map((v) => v[1])).toContain('单元格空白');
  const overview = book.getWorksheet('概览') as ExcelJS.Worksheet;
  expect(
    overview
      .getSheetValues()
      .slice(2)
      .map((v) => (v as unknown[])[1]),
  ).toContain('检查的报告');
});
