import { entry } from '@gongkai/corpus';
import { agencyLevelLabels } from '@gongkai/schema';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { importXlsx, toXlsx } from '../../src/xlsx.js';

describe('the agency level in a workbook', () => {
  test('reads in Chinese, its code in a column of its own, and imports back to the code', async () => {
    const report = entry('01-huaian-city-gov-2024').report;
    const bytes = await toXlsx(report);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    book.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const level = rows.find((r) => r[0] === '机关层级');
    expect(level).toEqual(['机关层级', agencyLevelLabels.city.zh, 'city']);
    expect((await importXlsx(bytes)).report.agency.level).toBe('city');
  });
});

describe('the agency level in the long-form CSV', () => {
  test('reads in Chinese, its code in a field of its own, and imports back to the code', async () => {
    const { importReport, toCsv } = await import('../../src/index.js');
    const report = entry('01-huaian-city-gov-2024').report;
    const csv = toCsv(report);
    expect(csv).toContain(`\r\nagency.level,机关层级,${agencyLevelLabels.city.zh},city\r\n`);
    expect(csv).not.toMatch(/\r\nagency\.level,机关层级,city\r\n/);
    expect((await importReport(csv)).report.agency.level).toBe('city');
  });
});
