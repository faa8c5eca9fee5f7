import { corpus, entry, seedId } from '@gongkai/corpus';
import { inferAgencyLevel, parseReport, type Report } from '@gongkai/schema';
import { describe, expect, test } from 'vitest';
import { toCsv, toJson, toMarkdown, toText } from '../../src/export/index.js';
import { importCsv, importJson, importText } from '../../src/import/index.js';
import { importXlsx, toXlsx } from '../../src/xlsx.js';

const seed = entry(seedId).report;

/** The text layouts print no level: read back, a report's level is the one its name implies. */
function levelFromName(report: Report): Report {
  const level = inferAgencyLevel(report.agency.name);
  const { level: _printedNowhere, ...agency } = report.agency;
  return { ...report, agency: level ? { ...agency, level } : agency };
}

describe('exports of every corpus report read back to the same report', () => {
  test.each(corpus.map((e) => [e.id, e.report] as const))('%s: text, Markdown, CSV, JSON', (_id, report) => {
    expect(importText(toText(report)).report).toEqual(levelFromName(report));
    expect(importText(toMarkdown(report)).report).toEqual(levelFromName(report));
    expect(importCsv(toCsv(report)).report).toEqual(report);
    expect(importJson(toJson(report)).report).toEqual(report);
  });

  test('xlsx of the seed report', async () => {
    expect((await importXlsx(await toXlsx(seed))).report).toEqual(seed);
  });
});

describe('the official text layout', () => {
  const text = toText(entry('01-huaian-city-gov-2024').report);
  test('prints the title, the six headings and tab-separated tables like the published copies', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('淮安市人民政府2024年政府信息公开工作年度报告');
    expect(lines).toContain('三、收到和处理政府信息公开申请情况');
    expect(lines).toContain('规章\t1\t0\t11');
    expect(lines).toContain('三、本年度办理结果\t（一）予以公开\t1288\t21\t0\t0\t50\t3\t1362');
    expect(lines).toContain('72\t64\t178\t37\t351\t13\t4\t8\t1\t26\t12\t1\t1\t6\t20');
  });
  test('blank cells print empty (not 0), annotated cells with their note', () => {
    const shanghai = toText(entry('13-shanghai-gov-office-2025').report);
    expect(shanghai).toContain('规章\t22（其中修订16件）\t\t235');
  });
});

describe('CSV in long form', () => {
  const csv = toCsv(seed);
  test('UTF-8 BOM, address,label,value, one line per cell', () => {
    expect(csv.startsWith('\ufeffaddress,label,value\r\n')).toBe(true);
    expect(csv).toContain(
      'applications.withheld.internalAffairs.naturalPerson,第三部分「（三）不予公开 5.属于三类内部事务信息」行「自然人」列,0',
    );
    expect(csv).toContain('applications.newReceived.total,');
    const cells = csv.split('\r\n').filter((l) => /^(activeDisclosure|applications|appeals)\./.test(l));
    expect(cells).toHaveLength(200);
  });
  test('English labels with locale en', () => {
    expect(toCsv(seed, { locale: 'en' })).toContain('Section 3, row');
  });
  test('text that a spreadsheet would run as a formula is guarded, and read back unguarded', () => {
    const report = { ...seed, narrative: { ...seed.narrative, otherMatters: '=HYPERLINK("x")' } };
    const guarded = toCsv(report);
    expect(guarded).toContain(`"'=HYPERLINK(""x"")"`);
    expect(importCsv(guarded).report.narrative.otherMatters).toBe('=HYPERLINK("x")');
  });
});

describe('Markdown', () => {
  test('headings, pipe tables, and English labels with locale en', () => {
    const md = toMarkdown(seed);
    expect(md).toMatch(/^# 杏岭子乡人民政府2024年/);
    expect(md).toContain('## 三、收到和处理政府信息公开申请情况');
    expect(md).toContain('| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |');
    expect(toMarkdown(seed, { locale: 'en' })).toContain('| Item | Issued this year |');
  });
});

describe('English exports', () => {
  test('Markdown in English reads back to the same report', () => {
    const report = entry('01-huaian-city-gov-2024').report;
    expect(importText(toMarkdown(report, { locale: 'en' })).report).toEqual(levelFromName(report));
  });
});

describe('JSON', () => {
  test('is the report, valid against the schema', () => {
    expect(parseReport(JSON.parse(toJson(seed))).success).toBe(true);
  });
});
