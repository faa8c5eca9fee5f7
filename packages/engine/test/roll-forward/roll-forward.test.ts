import { entry } from '@gongkai/corpus';
import { formatsOf, getCell, layoutOf, setCell } from '@gongkai/schema';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { rollForward, validate } from '../../src/index.js';
import { periodYears, sentencesNamingYears, sentencesOf } from '../../src/validate/checks/year-mismatch.js';

const xinglingzi = entry('xinglingzi-township-2024').report;
const huaian = entry('01-huaian-city-gov-2024').report;

describe('rollForward', () => {
  test('a township’s 2024 report begins its 2025 report', () => {
    const { report, carried, chains, review, blankInPrevious } = rollForward(xinglingzi);
    expect(report.year).toBe(2025);
    expect(report.agency).toEqual(xinglingzi.agency);
    // 二、上年结转 ← last year's 四、结转下年度继续办理, every column.
    const columns = layoutOf(formatsOf(report)).cells.filter((c) => c.rowAddress === 'carriedOver');
    expect(columns.length).toBe(7);
    for (const cell of columns) {
      const last = getCell(xinglingzi, `applications.carriedForward.${cell.column}`);
      expect(getCell(report, cell.address), cell.address).toBe(last ?? null);
    }
    expect([...carried, ...blankInPrevious].sort()).toEqual(columns.map((c) => c.address).sort());
    // Every other cell blank, never 0.
    for (const cell of layoutOf(formatsOf(report)).cells) {
      if (cell.rowAddress !== 'carriedOver') expect(getCell(report, cell.address), cell.address).toBeNull();
    }
    // 现行有效件数 starts from last year's figure.
    const regulations = chains.find((c) => c.cell === 'activeDisclosure.regulations.inForce');
    expect(regulations?.start).toBe(getCell(xinglingzi, 'activeDisclosure.regulations.inForce') ?? null);
    expect(regulations?.plus).toEqual(['activeDisclosure.regulations.issued']);
    expect(regulations?.minus).toEqual(['activeDisclosure.regulations.repealed']);
    // The narrative is kept, each year and date marked where it is.
    expect(report.narrative).toEqual(xinglingzi.narrative);
    expect(review.length).toBeGreaterThan(0);
    for (const mark of review)
      expect(report.narrative[mark.section].slice(mark.start, mark.end)).toBe(mark.text);
    expect(review.map((m) => m.text)).toContain('2024 年 1 月 1 日');
  });

  test('a carried-forward cell blank last year stays blank this year, and is told', () => {
    const last = structuredClone(huaian);
    setCell(last, 'applications.carriedForward.research', null);
    const { report, blankInPrevious } = rollForward(last);
    expect(getCell(report, 'applications.carriedOver.research')).toBeNull();
    expect(blankInPrevious).toContain('applications.carriedOver.research');
  });

  test('the rolled-over text raises narrative.year-mismatch at its sentence', () => {
    const { report } = rollForward(xinglingzi);
    const found = validate(report).filter((f) => f.rule === 'narrative.year-mismatch');
    // The statistics period, and the sentence that names 「2024 年度…年度报告」.
    const quoted = found.map((f) => report.narrative[f.path as 'overview'].slice(f.span?.start, f.span?.end));
    expect(quoted).toHaveLength(2);
    expect(quoted[0]).toContain('特向社会公布 2024 年度杏岭子乡人民政府信息公开年度报告');
    expect(quoted[1]).toMatch(/^本报告的统计数据时间自 2024 年 1 月 1 日起/);
    const f = found[1];
    expect(f?.message).toContain('本报告是 2025 年度');
    expect(f?.expected).toBe(2025);
    expect(f?.actual).toBe(2024);
    const en = validate(report, { locale: 'en' }).find((x) => x.rule === 'narrative.year-mismatch');
    expect(en?.message).toContain('this report is on 2025');
    // Last year's own report passes.
    expect(validate(xinglingzi).some((x) => x.rule === 'narrative.year-mismatch')).toBe(false);
  });
});

describe('narrative.year-mismatch reads periods, not every year', () => {
  test.each([
    ['统计数据时间自 2024 年 1 月 1 日起至 2024 年 12 月 31 日止。', [2024]],
    ['本报告所列数据的统计期限为2024年1月1日至12月31日。', [2024]],
    ['现将2024年度政府信息公开工作年度报告公布如下。', [2024]],
    ['数据统计时间为 2023 年度。', [2023]],
    ['2024年共收到申请12件，较2023年增加3件。', []],
    ['2023年度出台规章1件。', []],
  ])('%s', (sentence, years) => {
    expect(periodYears(sentence)).toEqual(years);
  });

  test('no corpus report names another year as its period', () => {
    for (const id of [
      '01-huaian-city-gov-2024',
      '12-shuyang-county-gov-2025',
      '13-shanghai-gov-office-2025',
    ]) {
      expect(
        validate(entry(id).report).filter((f) => f.rule === 'narrative.year-mismatch'),
        id,
      ).toEqual([]);
    }
  });

  test('sentences keep their offsets', () => {
    const text = '第一句。\n 第二句！第三句';
    for (const s of sentencesOf(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentencesOf(text).map((s) => s.text)).toEqual(['第一句。', '第二句！', '第三句']);
  });

  test('the sentences found from their years are exactly the sentences that name a year', () => {
    // Texts of the pieces that decide where sentences end and what is a year.
    const piece = fc.constantFrom(
      '2024',
      '2023',
      '19',
      '20',
      '年',
      '度',
      ' ',
      '\u3000',
      '\n',
      '。',
      '！',
      '？',
      '；',
      '统计',
      '，',
      '1',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const expected = sentencesOf(text).filter((s) => /((?:19|20)\d{2})\s*年/.test(s.text));
        expect(sentencesNamingYears(text)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
