import { corpus, entry, seedId } from '@gongkai/corpus';
import { formatsOf, parseReport } from '@gongkai/schema';
import { describe, expect, test } from 'vitest';
import { importHtml, importText } from '../../src/import/index.js';
import { compareCells } from './corpus-match.js';

const importEntry = (id: string, source: string) =>
  id.startsWith('html/') ? importHtml(source) : importText(source);

describe.each(corpus.map((e) => [e.id, e] as const))('%s imports to its expected report', (id, e) => {
  const result = importEntry(id, e.source);
  const { report, diagnostics } = result;

  test('every cell equals the expected cell (blank is null, never 0)', () => {
    expect(compareCells(e, report).wrong).toEqual([]);
  });

  test('year, agency and the format of each table', () => {
    expect(report.year).toBe(e.expected.year);
    expect(report.agency.name).toBe(e.expected.agency);
    const formats = formatsOf(report);
    if (e.expected.formatVersion.activeDisclosure) {
      expect(formats.activeDisclosure).toBe(e.expected.formatVersion.activeDisclosure);
    }
    if (e.expected.formatVersion.applications)
      expect(formats.applications).toBe(e.expected.formatVersion.applications);
    else
      expect(diagnostics.some((d) => d.code === 'table.format-unknown' && d.section === 'applications')).toBe(
        true,
      );
  });

  test('annotations, narrative and missing sections equal the fixture', () => {
    expect(report.annotations ?? {}).toEqual(e.expected.annotations);
    expect(report.narrative).toEqual(e.report.narrative);
    expect(report.missingSections ?? []).toEqual(e.report.missingSections ?? []);
  });

  test('the imported report is a valid report and every diagnostic is located and worded', () => {
    expect(parseReport(report).success).toBe(true);
    for (const d of diagnostics) {
      expect(d.message).not.toBe(d.code);
      expect(
        d.line !== undefined ||
          d.path !== undefined ||
          d.section !== undefined ||
          !/^(row|value)\./.test(d.code),
      ).toBe(true);
    }
  });

  test('the level is the expected one, inferred from the name', () => {
    expect(report.agency.level).toBe(e.expected.level);
  });
});

test('all corpus cells match: N of M', () => {
  let matched = 0;
  let total = 0;
  for (const e of corpus) {
    const c = compareCells(e, importEntry(e.id, e.source).report);
    matched += c.matched;
    total += c.total;
  }
  expect(`${matched} of ${total}`).toBe(`${total} of ${total}`);
  expect(total).toBeGreaterThan(1900);
});

describe('the damage in the seed report is reported, not hidden', () => {
  const { report, diagnostics } = importText(entry(seedId).source);
  test('section 三 lost its heading and first rows: rows not found, cells blank, section not missing', () => {
    expect(report.missingSections).toBeUndefined();
    const notFound = diagnostics.filter((d) => d.code === 'row.not-found').map((d) => d.path);
    expect(notFound).toEqual([
      'applications.newReceived',
      'applications.carriedOver',
      'applications.granted',
      'applications.partiallyGranted',
      'applications.withheld.stateSecret',
      'applications.withheld.prohibitedByLaw',
      'applications.withheld.endangersSafety',
      'applications.withheld.thirdPartyRights',
    ]);
    expect(report.applications.newReceived.total).toBeNull();
    expect(
      diagnostics.some((d) => d.code === 'section.heading-missing' && d.section === 'applications'),
    ).toBe(true);
  });
  test('the misaligned merged cells of （七）总计 and 结转 still give their seven zeros', () => {
    expect(Object.values(report.applications.resultsTotal)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(Object.values(report.applications.carriedForward)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('variants', () => {
  test('annotated cells keep the number and the note', () => {
    const { report, diagnostics } = importText(entry('13-shanghai-gov-office-2025').source);
    expect(report.activeDisclosure).toMatchObject({ regulations: { issued: 22 } });
    expect(diagnostics.filter((d) => d.code === 'value.annotated')).toHaveLength(2);
  });

  test('a heading lost before section 五 keeps its text and lists 五 as missing', () => {
    const { diagnostics } = importText(entry('13-shanghai-gov-office-2025').source);
    expect(diagnostics.some((d) => d.code === 'section.heading-missing' && d.section === 'problems')).toBe(
      true,
    );
  });

  test('the 2019 format in a 2022 report is reported as the other format', () => {
    const { diagnostics } = importText(entry('15-xizhen-jiaxian-township-2022-FRAGMENT').source);
    expect(diagnostics.some((d) => d.code === 'table.other-format' && d.section === 'activeDisclosure')).toBe(
      true,
    );
    expect(diagnostics.filter((d) => d.code === 'section.not-found').map((d) => d.section)).toEqual([
      'appeals',
      'problems',
      'otherMatters',
    ]);
    expect(diagnostics.some((d) => d.code === 'text.unplaced' && d.source === '[excerpt ends here]')).toBe(
      true,
    );
  });

  test('a label that names no row is reported with the nearest label', () => {
    const source = entry('01-huaian-city-gov-2024').source.replace(
      '6.属于四类过程性信息',
      '6.属于某某类别的信息事项',
    );
    const { diagnostics, report } = importText(source);
    const d = diagnostics.find((x) => x.code === 'row.not-found' && x.source?.includes('某某'));
    expect(d?.message).toContain('最接近');
    expect(report.applications.withheld.processInformation.total).toBeNull();
  });

  test('damaged labels, numbering and spaces are read as their rows', () => {
    const source = entry('01-huaian-city-gov-2024')
      .source.replace('2.其他法律行政法规禁止公开', '2.其他法律行政止公开')
      .replace('4.无正当理由大量反复申请', '4、无正当理由大量反复 申请')
      .replace('3.危及“三安全一稳定”', '3. 危及"三安全一稳定"');
    const { report } = importText(source);
    expect(compareCells(entry('01-huaian-city-gov-2024'), report).wrong).toEqual([]);
  });

  test('a damaged column header is read as its column and reported (本年度止件数)', () => {
    const { diagnostics } = importText(entry(seedId).source);
    const d = diagnostics.find((x) => x.code === 'label.variant' && x.source === '本年度止件数');
    expect(d?.message).toContain('本年废止件数');
  });

  test('（七）合计 and a group printed in its row’s cell are read as their rows', () => {
    const source = entry('01-huaian-city-gov-2024')
      .source.replace('（七）总计', '（七）合计')
      .replace('三、本年度办理结果\t（一）予以公开', '三、本年度办理结果（一）予以公开');
    const { report } = importText(source);
    expect(compareCells(entry('01-huaian-city-gov-2024'), report).wrong).toEqual([]);
  });

  test('blank markers are blank, unreadable text is blank and reported', () => {
    const source = entry('01-huaian-city-gov-2024')
      .source.replace('规章\t1\t0\t11', '规章\t/\t—\t无')
      .replace('行政强制\t88283', '行政强制\t见附件');
    const { report, diagnostics } = importText(source, { locale: 'en' });
    expect(report.activeDisclosure).toMatchObject({
      regulations: { issued: null, repealed: null, inForce: null },
    });
    expect(report.activeDisclosure).toMatchObject({ coercion: { decisions: null } });
    const unreadable = diagnostics.find((d) => d.code === 'value.unreadable');
    expect(unreadable?.path).toBe('activeDisclosure.coercion.decisions');
    expect(unreadable?.message).toMatch(/not a number/);
  });

  test('figures glued into one digit run are split where the row adds up', () => {
    const source = entry('04-pingtan-zone-2021').source.replace(
      '一、本年新收政府信息公开申请数量\t64\t0\t0\t2\t0\t4\t70',
      '一、本年新收政府信息公开申请数量\t640020470',
    );
    const { report, diagnostics } = importText(source);
    expect(Object.values(report.applications.newReceived)).toEqual([64, 0, 0, 2, 0, 4, 70]);
    expect(diagnostics.some((d) => d.code === 'row.split')).toBe(true);
  });

  test('digit runs that split more than one way are decided together by the column sums', () => {
    // The two rows of the published page whose split SOURCES.md says only the column totals decide.
    const source = entry('04-pingtan-zone-2021')
      .source.replace('（一）予以公开\t27\t0\t0\t2\t0\t1\t30', '（一）予以公开\t270020130')
      .replace('1.本机关不掌握相关政府信息\t22\t0\t0\t0\t0\t3\t25', '1.本机关不掌握相关政府信息\t220000325');
    const { report, diagnostics } = importText(source);
    expect(Object.values(report.applications.granted)).toEqual([27, 0, 0, 2, 0, 1, 30]);
    expect(Object.values(report.applications.unavailable.notHeld)).toEqual([22, 0, 0, 0, 0, 3, 25]);
    expect(diagnostics.filter((d) => d.code === 'row.split')).toHaveLength(2);
    expect(compareCells(entry('04-pingtan-zone-2021'), report).wrong).toEqual([]);
  });

  test('a digit run the sums cannot decide is left blank and reported', () => {
    const source = entry('04-pingtan-zone-2021')
      .source.replace('（一）予以公开\t27\t0\t0\t2\t0\t1\t30', '（一）予以公开\t270020130')
      .replace(/（七）总计[^\n]*\n/, '');
    const { report, diagnostics } = importText(source);
    expect(report.applications.granted.total).toBeNull();
    expect(diagnostics.some((d) => d.code === 'row.ambiguous' && d.path === 'applications.granted')).toBe(
      true,
    );
  });

  test('tables copied out of a PDF with spaces instead of tabs', () => {
    const source = entry('05-pingtan-zone-2022').source.replace(/\t/g, ' ');
    const { report } = importText(source);
    expect(compareCells(entry('05-pingtan-zone-2022'), report).wrong).toEqual([]);
  });
});
