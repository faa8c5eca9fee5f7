import { entry } from '@gongkai/corpus';
import { type Report, setCell } from '@gongkai/schema';
import { describe, expect, test } from 'vitest';
import type { ValidateOptions } from '../../src/findings.js';
import { validate } from '../../src/index.js';

// What real reports do, rule by rule: the wordings, scopes and blanks the corpus notes describe.

const huaian = () => structuredClone(entry('01-huaian-city-gov-2024').report);
const rulesOf = (report: Report, options: ValidateOptions = {}) =>
  validate(report, options).map((f) => `${f.severity} ${f.rule} ${f.path}`);

describe('narrative.fees-unreported', () => {
  test.each([
    ['本年度未收取信息处理费。', false],
    ['政府信息公开未发生收费情况。', false],
    ['2025年度本机关未收取信息公开处理费。', false],
    ['无', true],
    ['', true],
  ])('%j → warns: %s', (text, warns) => {
    const report = huaian();
    report.narrative.otherMatters = text;
    expect(rulesOf(report).some((f) => f.includes('narrative.fees-unreported'))).toBe(warns);
  });

  test('does not apply to reports on 2019 and 2020', () => {
    const report = structuredClone(entry('14-shanghai-gov-office-2019-oldformat').report);
    report.year = 2020;
    expect(rulesOf(report).some((f) => f.includes('narrative.fees-unreported'))).toBe(false);
  });
});

describe('active.regulations-level', () => {
  const withRegulations = (agency: Report['agency']) => {
    const report = huaian();
    report.agency = agency;
    return rulesOf(report).filter((f) => f.includes('active.regulations-level'));
  };

  test('a city government may report 规章; a county department may not, judged by its name', () => {
    expect(withRegulations({ name: '淮安市人民政府', level: 'city' })).toEqual([]);
    expect(withRegulations({ name: '沭阳县发展和改革局' })).toEqual([
      'warning active.regulations-level activeDisclosure.regulations.issued',
    ]);
    expect(withRegulations({ name: '某某街道办事处' })).toHaveLength(1);
  });

  test('a name that does not tell the level gives a note, not a warning', () => {
    expect(withRegulations({ name: '苏州工业园区管理委员会' })).toEqual([
      'info active.regulations-level activeDisclosure.regulations.issued',
    ]);
  });

  test('the given level wins over the name', () => {
    expect(withRegulations({ name: '沭阳县发展和改革局', level: 'city-department' })).toEqual([]);
  });
});

describe('narrative.table-mismatch', () => {
  const withOverview = (text: string) => {
    const report = huaian();
    report.narrative.overview = text;
    return rulesOf(report).filter((f) => f.includes('narrative.table-mismatch'));
  };

  test('受理 may mean 一 alone or 一+二', () => {
    expect(withOverview('全年共受理政府信息公开申请3119件。')).toEqual([]);
    expect(withOverview('全年共受理政府信息公开申请3153件。')).toEqual([]);
    expect(withOverview('全年共受理政府信息公开申请3000件。')).toEqual([
      'warning narrative.table-mismatch applications.newReceived.total',
    ]);
  });

  test('reads the usual wordings of each figure, full-width digits too', () => {
    expect(withOverview('收到７０件申请。')).toHaveLength(1);
    expect(withOverview('答复3050件（含上年度结转申请34件，另有103件顺延到下年度答复）。')).toEqual([]);
    expect(withOverview('答复3051件（含上年度结转申请35件，另有104件顺延到下年度答复）。')).toEqual([
      'warning narrative.table-mismatch applications.carriedOver.total',
      'warning narrative.table-mismatch applications.resultsTotal.total',
      'warning narrative.table-mismatch applications.carriedForward.total',
    ]);
    expect(withOverview('政府信息公开行政复议351件，政府信息公开行政诉讼46件。')).toEqual([]);
    expect(withOverview('行政复议案件350件、行政诉讼案件1件。')).toEqual([
      'warning narrative.table-mismatch appeals.review.total',
      'warning narrative.table-mismatch appeals.litigationDirect.total',
    ]);
    expect(withOverview('现行有效规范性文件66件，现行有效规章12件。')).toEqual([
      'warning narrative.table-mismatch activeDisclosure.regulations.inForce',
    ]);
  });

  test('does not read other counts as requests or cases', () => {
    expect(
      withOverview(
        '全年受理网络问政182件。依法做好相关行政复议、行政诉讼案件的应诉工作，全县共办理相关案件74件。',
      ),
    ).toEqual([]);
    expect(withOverview('全年收取信息处理费3940元。')).toEqual([]);
  });
});

describe('structure.missing-section', () => {
  test('an empty narrative section and a listed missing section are each one error', () => {
    const report = huaian();
    report.narrative.overview = '';
    report.missingSections = ['appeals'];
    for (const row of Object.values(report.appeals))
      for (const k of Object.keys(row)) (row as Record<string, null>)[k] = null;
    expect(rulesOf(report).filter((f) => f.includes('structure'))).toEqual([
      'error structure.missing-section overview',
      'error structure.missing-section appeals',
    ]);
  });

  test('the blank cells of a missing table are not reported one by one', () => {
    const report = huaian();
    for (const row of Object.values(report.appeals))
      for (const k of Object.keys(row)) (row as Record<string, null>)[k] = null;
    report.missingSections = ['appeals'];
    // The narrative's 行政复议351件 still names a table cell: that is a note, not a blank-cell warning.
    expect(rulesOf(report)).toEqual([
      'error structure.missing-section appeals',
      'info narrative.table-mismatch appeals.review.total',
    ]);
  });
});

describe('format.outdated', () => {
  test('a 2021-format 二 beside a 2019-format 三 is outdated in 三 only, and checked table by table', () => {
    const report = structuredClone(entry('14-shanghai-gov-office-2019-oldformat').report);
    const recent = huaian();
    const mixed = {
      ...recent,
      tableFormats: { applications: '2019' as const },
      applications: report.applications,
    };
    const found = rulesOf(mixed);
    expect(found.filter((f) => f.includes('format.outdated'))).toEqual([
      'warning format.outdated applications',
    ]);
    // The 2019 rows are checked with the 2019 row set: its blanks, not missing 2021 rows.
    expect(found.filter((f) => /overdueCorrection|overdueFee|otherHandling\.other\./.test(f))).toEqual([]);
    expect(found.filter((f) => f.includes('applications.otherHandling.naturalPerson'))).toEqual([
      'warning cell.blank applications.otherHandling.naturalPerson',
    ]);
  });

  test('a report on 2020 in the 2019 format is not outdated', () => {
    const report = structuredClone(entry('14-shanghai-gov-office-2019-oldformat').report);
    report.year = 2020;
    expect(rulesOf(report).filter((f) => f.includes('format.outdated'))).toEqual([]);
  });
});

describe('cell.invalid', () => {
  test.each([
    ['a negative count', -1],
    ['a fraction in a count', 1.5],
    ['text', '12'],
    ['NaN', Number.NaN],
  ])('%s is invalid, and the sums it is in cannot be checked or fail', (_, value) => {
    const report = huaian();
    setCell(report, 'appeals.review.upheld', value as number);
    const found = rulesOf(report);
    expect(found[0]).toBe('error cell.invalid appeals.review.upheld');
  });

  test('the 2019 本年增/减 may be negative; amounts may be decimals', () => {
    const report = structuredClone(entry('14-shanghai-gov-office-2019-oldformat').report);
    setCell(report, 'activeDisclosure.licensing.change', -3);
    setCell(report, 'activeDisclosure.procurement.amount', 12.75);
    expect(rulesOf(report).filter((f) => f.includes('cell.invalid'))).toEqual([]);
  });
});

describe('cross-year rules', () => {
  const pingtan = () => structuredClone(entry('05-pingtan-zone-2022').report);
  const last = () => structuredClone(entry('04-pingtan-zone-2021').report);

  test('last year must be the year before', () => {
    const previous = last();
    previous.year = 2020;
    expect(rulesOf(pingtan(), { previous }).filter((f) => f.includes('cross-year'))).toEqual([
      'info cross-year.in-force activeDisclosure.regulations.inForce',
      'info cross-year.carry-over applications.carriedOver.naturalPerson',
    ]);
  });

  test('a blank on either side gives one note per rule', () => {
    const previous = last();
    setCell(previous, 'applications.carriedForward.commercial', null);
    setCell(previous, 'applications.carriedForward.research', null);
    expect(rulesOf(pingtan(), { previous }).filter((f) => f.includes('cross-year'))).toEqual([
      'info cross-year.carry-over applications.carriedOver.commercial',
    ]);
  });

  test('in-force cannot be checked against a 2019-format table', () => {
    const previous = {
      ...last(),
      formatVersion: '2019' as const,
      activeDisclosure: entry('14-shanghai-gov-office-2019-oldformat').report.activeDisclosure,
      applications: entry('14-shanghai-gov-office-2019-oldformat').report.applications,
    };
    const found = rulesOf(pingtan(), { previous }).filter((f) => f.includes('cross-year.in-force'));
    expect(found).toEqual(['info cross-year.in-force activeDisclosure.regulations.inForce']);
  });
});

describe('hierarchy.sum', () => {
  test('an aggregate equal to its one unit passes; a blank unit cell is one note', () => {
    expect(rulesOf(huaian(), { units: [huaian()] })).toEqual([]);
    const unit = huaian();
    setCell(unit, 'appeals.review.other', null);
    expect(rulesOf(huaian(), { units: [unit] })).toEqual(['info hierarchy.sum appeals.review.other']);
  });
});
