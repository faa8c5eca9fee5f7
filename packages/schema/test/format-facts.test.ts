/** The format's facts that every package derives from, stated once here. */
import { describe, expect, test } from 'vitest';
import {
  createEmptyReport,
  fieldLabels,
  isReportYear,
  NARRATIVE_IDS,
  officialTitle,
  parseReport,
  REPORT_YEARS,
  reportFields,
  reportTitle,
  SECTION_IDS,
  sections,
  shapeMark,
  shapeVersion,
  workbookSheets,
} from '../src/index.js';

describe('format facts', () => {
  test('the narrative ids are the narrative sections, in printed order', () => {
    expect(NARRATIVE_IDS).toEqual(sections.filter((s) => s.kind === 'narrative').map((s) => s.id));
    expect(Object.keys(createEmptyReport({ year: 2024, agency: { name: '某局' } }).narrative)).toEqual([
      ...NARRATIVE_IDS,
    ]);
  });

  test('the official title, and a report’s own title before it', () => {
    expect(officialTitle('某某县人民政府', 2024)).toBe('某某县人民政府2024年政府信息公开工作年度报告');
    expect(officialTitle('X County', 2024, 'en')).toBe(
      'X County: annual report on government information disclosure, 2024',
    );
    const report = { year: 2024, agency: { name: '某局' } };
    expect(reportTitle(report)).toBe('某局2024年政府信息公开工作年度报告');
    expect(reportTitle({ ...report, title: '某局年报' })).toBe('某局年报');
  });

  test('the year bounds decide the schema, the fast check and the wording alike', () => {
    const at = (year: number) =>
      parseReport({ ...createEmptyReport({ year: 2024, agency: { name: '某局' } }), year });
    for (const year of [REPORT_YEARS.min, REPORT_YEARS.max]) {
      expect(isReportYear(year)).toBe(true);
      expect(at(year).success).toBe(true);
    }
    for (const year of [2001, 2007, REPORT_YEARS.max + 1, 2024.5]) {
      expect(isReportYear(year)).toBe(false);
      const result = at(year);
      expect(result.success ? [] : result.problems.map((p) => p.message)).toEqual([
        `年度应为 ${REPORT_YEARS.min} 至 ${REPORT_YEARS.max} 之间的整数`,
      ]);
    }
  });

  test('the 2019 and 2021 tables are told apart by the cells only one of them has', () => {
    expect(shapeMark('activeDisclosure', '2019')).toEqual(['regulations', 'made']);
    expect(shapeMark('activeDisclosure', '2021')).toEqual(['regulations', 'issued']);
    expect(shapeMark('applications', '2021')).toEqual(['otherHandling', 'overdueCorrection']);
    expect(shapeMark('applications', '2019')).toEqual(['otherHandling', 'naturalPerson']);
    for (const version of ['2021', '2019'] as const) {
      const report = createEmptyReport({ formatVersion: version, year: 2024, agency: { name: '某局' } });
      expect(shapeVersion('activeDisclosure', report.activeDisclosure)).toBe(version);
      expect(shapeVersion('applications', report.applications)).toBe(version);
    }
    expect(shapeVersion('applications', {})).toBeUndefined();
  });

  test('the report’s fields carry their labels, the narrative named as its heading', () => {
    expect(fieldLabels['agency.name'].zh).toBe('机关名称');
    expect(fieldLabels.year.zh).toBe('报告年度');
    expect(fieldLabels['agency.level'].zh).toBe('机关层级');
    expect(reportFields.map((f) => f.address)).toContain('narrative.otherMatters');
    expect(reportFields.find((f) => f.address === 'narrative.overview')?.label.zh).toBe('一、总体情况');
  });

  test('the workbook’s sheets hold every section once, in printed order', () => {
    expect(workbookSheets.flatMap((s) => s.sections)).toEqual([...SECTION_IDS]);
    expect(workbookSheets.map((s) => s.name)).toEqual([
      '总体情况',
      '主动公开',
      '依申请公开',
      '复议诉讼',
      '问题及其他',
    ]);
  });
});
