import { entry } from '@gongkai/corpus';
import { inferAgencyLevel, officialTitle } from '@gongkai/schema';
import { describe, expect, test } from 'vitest';
import { importCsv, importHtml, importText } from '../../src/import/index.js';
import { compareCells } from './corpus-match.js';

const body =
  '一、总体情况\n本年度工作情况良好。\n二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n';

describe('year and body from the title, however it is printed', () => {
  test.each([
    ['某某县人民政府2023年政府信息公开工作年度报告', 2023, '某某县人民政府'],
    ['2023年度某某县交通运输局政府信息公开工作年度报告', 2023, '某某县交通运输局'],
    ['某某市人民政府办公室二〇二二年政府信息公开工作年度报告', 2022, '某某市人民政府办公室'],
    ['某某镇人民政府政府信息公开工作年度报告（2024年度）', 2024, '某某镇人民政府'],
    ['《某某区人民政府2021年政府信息公开工作年度报告》', 2021, '某某区人民政府'],
  ])('%s', (title, year, agency) => {
    const { report } = importText(`${title}\n${body}`);
    expect(report.year).toBe(year);
    expect(report.agency.name).toBe(agency);
  });
});

describe('the English title, as the schema words it', () => {
  test.each([
    [officialTitle('某某县人民政府', 2023, 'en'), 2023, '某某县人民政府'],
    // Whoever types the title may shorten the words after `annual report`.
    ['某某县交通运输局: Annual report on disclosure 2022', 2022, '某某县交通运输局'],
  ])('%s', (title, year, agency) => {
    const { report } = importText(`${title}\n${body}`);
    expect(report.year).toBe(year);
    expect(report.agency.name).toBe(agency);
  });
});

describe('a report that names no year: the year before the date the caller passes', () => {
  const today = new Date(Date.UTC(2031, 2, 1));
  test.each([
    ['text', () => importText('某某县人民政府政府信息公开工作年度报告\n' + body, { today })],
    ['csv', () => importCsv('address,label,value\nagency.name,机关,某某县人民政府\n', { today })],
  ])('%s', (_, read) => {
    const { report, diagnostics } = read();
    expect(report.year).toBe(2030);
    expect(diagnostics.find((d) => d.code === 'year.not-found')?.message).toBe(
      '未找到报告年度，暂记为 2030 年',
    );
  });

  test('a year given by the caller is taken before the date', () => {
    expect(
      importText(`某某县人民政府政府信息公开工作年度报告\n${body}`, { today, year: 2024 }).report.year,
    ).toBe(2024);
  });
});

describe('the level a body name implies, as the schema infers it', () => {
  test.each([
    ['杏岭子乡人民政府', 'township'],
    ['某某街道办事处', 'township'],
    ['上海市人民政府办公厅', 'province'],
    ['江苏省发展和改革委员会', 'province-department'],
    ['沭阳县发展和改革局', 'county-department'],
    ['南京市玄武区人民政府', 'county'],
    ['平潭综合实验区', 'city'],
    // A 市 is read as a 设区的市 (as the published corpus files 淮安市人民政府).
    ['淮安市人民政府', 'city'],
    // A zone not listed gives no level: the importer leaves it out.
    ['苏州工业园区管理委员会', undefined],
  ])('%s', (name, level) => {
    expect(inferAgencyLevel(name)).toBe(level);
    const { report } = importText(`${name}2023年政府信息公开工作年度报告\n${body}`);
    expect(report.agency.name).toBe(name);
    expect(report.agency.level).toBe(level);
  });

  test('CSV without a level takes the one the name implies', () => {
    const csv = importCsv('address,label,value\r\nyear,年度,2023\r\nagency.name,机关,沭阳县发展和改革局\r\n');
    expect(csv.report.agency.level).toBe('county-department');
  });
});

describe('sections numbered in a province’s own way', () => {
  test('（二）主动公开政府信息情况 right before its table is section 二; （一）主动公开 in section 一 is not', () => {
    const text = [
      '某某县人民政府2023年政府信息公开工作年度报告',
      '一、总体情况',
      '（一）主动公开政府信息情况',
      '全年主动公开信息一千条。',
      '（二）主动公开政府信息情况',
      '第二十条第（一）项',
      '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
      '规章\t1\t2\t3',
    ].join('\n');
    const { report, diagnostics } = importText(text);
    expect(report.narrative.overview).toBe('（一）主动公开政府信息情况\n全年主动公开信息一千条。');
    expect(report.activeDisclosure).toMatchObject({ regulations: { issued: 1, repealed: 2, inForce: 3 } });
    expect(
      diagnostics.some((d) => d.code === 'section.heading-missing' && d.section === 'activeDisclosure'),
    ).toBe(false);
  });
});

describe('layouts a PDF copy leaves behind', () => {
  const head = '某某县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n概况。\n';
  test('figures on the line below their label belong to that row', () => {
    const text = `${head}三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\n5 0 0 0 0 1 6\n二、上年结转政府信息公开申请数量\n1 0 0 0 0 0 1\n`;
    const { report } = importText(text);
    expect(Object.values(report.applications.newReceived)).toEqual([5, 0, 0, 0, 0, 1, 6]);
    expect(Object.values(report.applications.carriedOver)).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });

  test('rows with the 2019 format’s three figures, headers lost, read as the 2019 format', () => {
    const text = `${head}二、主动公开政府信息情况\n规章 1 1 5\n行政许可 10 2 300\n行政处罚 3 0 40\n`;
    const { report } = importText(text);
    expect(report.formatVersion).toBe('2019');
    expect(report.activeDisclosure).toMatchObject({
      licensing: { previousCount: 10, change: 2, decisions: 300 },
    });
  });
});

test('a heading with a comma instead of 、 is still its section', () => {
  const text =
    '某某县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n概况。\n四、政府信息公开行政复议，行政诉讼情况\n行政复议\t行政诉讼\n1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n';
  const { report, diagnostics } = importText(text);
  expect(report.appeals.review.total).toBe(1);
  expect(diagnostics.some((d) => d.code === 'section.variant' && d.section === 'appeals')).toBe(true);
});

describe('tables pasted into a page as text', () => {
  const e = entry('01-huaian-city-gov-2024');
  test('paragraphs with figures set apart by &nbsp;', () => {
    const html = `<html><body>${e.source
      .split('\n')
      .map((l) => `<p>${l.replace(/\t/g, '&nbsp;&nbsp;&nbsp;')}</p>`)
      .join('')}</body></html>`;
    expect(compareCells(e, importHtml(html).report).wrong).toEqual([]);
  });
  test('a <pre> block with tabs', () => {
    const html = `<html><body><pre>${e.source.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre></body></html>`;
    const { report } = importHtml(html);
    expect(compareCells(e, report).wrong).toEqual([]);
    expect(report.narrative).toEqual(e.report.narrative);
  });
});
