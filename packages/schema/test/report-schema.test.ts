import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, expectTypeOf, test } from 'vitest';
import {
  type Appeals,
  type Applications2019,
  type Applications2021,
  appealsSchema,
  assertReport,
  type Cell,
  createEmptyReport,
  getCell,
  parseOptions,
  parseReport,
  type Report,
  ReportSchemaError,
  reportSchema,
  setCell,
  uniformLayout,
} from '../src/index.js';

// The schema sits below the corpus package in the graph, so it reads the corpus folder directly.
const reportsDir = fileURLToPath(new URL('../../../corpus/reports/', import.meta.url));
const fixtures = readdirSync(reportsDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, JSON.parse(readFileSync(reportsDir + f, 'utf8')) as unknown] as const);

const base = (): Report =>
  createEmptyReport({ year: 2024, agency: { name: '杏岭子乡人民政府', level: 'township' } });
const problemsOf = (input: unknown, locale: 'zh' | 'en' = 'zh') => {
  const result = parseReport(input, { locale });
  if (result.success) throw new Error('expected problems');
  return result.problems;
};

describe('every real report of the corpus is accepted', () => {
  test('there are fixtures', () => expect(fixtures.length).toBeGreaterThanOrEqual(10));
  test.each(fixtures)('%s', (_name, json) => {
    const result = parseReport(json);
    expect(result.success ? [] : result.problems).toEqual([]);
  });

  test('their cells equal the hand-checked *.expected.json', () => {
    const publishedDir = fileURLToPath(new URL('../../../corpus/published/', import.meta.url));
    for (const [name, json] of fixtures) {
      const stem = name.replace('.json', '').replace(/^html-/, 'html/');
      const expected = JSON.parse(readFileSync(`${publishedDir}${stem}.expected.json`, 'utf8'));
      const report = assertReport(json);
      const layout = uniformLayout(report.formatVersion);
      for (const [address, value] of Object.entries(expected.cells))
        expect(getCell(report, address), `${name} ${address}`).toBe(value);
      // A cell the expected file does not list was printed blank.
      const listed = new Set(Object.keys(expected.cells));
      for (const cell of layout.cells) {
        if (!listed.has(cell.address) && getCell(report, cell.address) !== undefined) {
          expect(getCell(report, cell.address), `${name} ${cell.address}`).toBeNull();
        }
      }
      expect(report.year).toBe(expected.year);
      expect(report.agency.name).toBe(expected.agency);
      expect(report.annotations ?? {}).toEqual(expected.annotations);
    }
  });
});

describe('located rejections', () => {
  test('a negative count', () => {
    const report = base();
    setCell(report, 'applications.withheld.stateSecret.naturalPerson', -1);
    expect(problemsOf(report)).toMatchInlineSnapshot(`
      [
        {
          "code": "negative",
          "message": "第三部分「（三）不予公开 1.属于国家秘密」行「自然人」列：不能为负数（填的是 -1）",
          "path": "applications.withheld.stateSecret.naturalPerson",
        },
      ]
    `);
    expect(problemsOf(report, 'en')[0]?.message).toMatchInlineSnapshot(
      `"Section 3, row “(3) Withheld – 1. State secret”, column “Individuals”: cannot be negative (got -1)"`,
    );
  });

  test('a fraction in a count, but not in a 万元 amount', () => {
    const report = base();
    setCell(report, 'appeals.review.total', 2.5);
    setCell(report, 'activeDisclosure.fees.amount', 2.5);
    expect(problemsOf(report)).toMatchInlineSnapshot(`
      [
        {
          "code": "not-whole",
          "message": "第四部分「行政复议」行「总计」列：应为整数，不能为 2.5",
          "path": "appeals.review.total",
        },
      ]
    `);
  });

  test('a string in a cell', () => {
    const report = base();
    setCell(report, 'applications.granted.commercial', '12' as unknown as number);
    expect(problemsOf(report)).toMatchInlineSnapshot(`
      [
        {
          "code": "not-a-number",
          "message": "第三部分「（一）予以公开」行「法人或其他组织·商业企业」列：应填数字或留空（null），不能填文本“12”",
          "path": "applications.granted.commercial",
        },
      ]
    `);
  });

  test('an unknown row and an unknown column', () => {
    const report = base() as unknown as Record<string, Record<string, unknown>>;
    (report.applications as Record<string, unknown>).refunded = {};
    (
      (report.appeals as Record<string, Record<string, unknown>>).review as Record<string, unknown>
    ).withdrawn = 1;
    expect(problemsOf(report)).toMatchInlineSnapshot(`
      [
        {
          "code": "unknown-field",
          "message": "「refunded」不是三、收到和处理政府信息公开申请情况的行、列或字段",
          "path": "applications.refunded",
        },
        {
          "code": "unknown-field",
          "message": "「withdrawn」不是第四部分「行政复议」行的行、列或字段",
          "path": "appeals.review.withdrawn",
        },
      ]
    `);
  });

  test('a missing cell: blank must be said with null, never left out', () => {
    const report = base();
    delete (report.applications.carriedForward as Partial<Applications2021['carriedForward']>).total;
    expect(problemsOf(report).map((p) => [p.path, p.code])).toEqual([
      ['applications.carriedForward.total', 'missing'],
    ]);
  });

  test('a table in the other format than the report declares', () => {
    const report = base();
    const old = createEmptyReport({
      formatVersion: '2019',
      year: 2019,
      agency: { name: '上海市人民政府办公厅' },
    });
    report.applications = old.applications;
    expect(problemsOf(report).map((p) => [p.path, p.code])).toEqual([['applications', 'format-mismatch']]);
    expect(parseReport({ ...report, tableFormats: { applications: '2019' } }).success).toBe(true);
  });

  test('a 2019 table with wrong cells is explained against the 2019 rows', () => {
    const report = createEmptyReport({
      formatVersion: '2019',
      year: 2019,
      agency: { name: '上海市人民政府办公厅' },
    });
    setCell(report, 'applications.otherHandling.naturalPerson', -3);
    setCell(report, 'activeDisclosure.licensing.change', -3);
    expect(problemsOf(report).map((p) => p.path)).toEqual(['applications.otherHandling.naturalPerson']);
  });

  test('year, agency and format version', () => {
    const report = { ...base(), year: 24, agency: { name: '' }, formatVersion: '2020' };
    expect(problemsOf(report).map((p) => `${p.path}: ${p.message}`)).toEqual([
      'formatVersion: 格式版本应为 "2021" 或 "2019"',
      'year: 年度应为 2008 至 2100 之间的整数',
      'agency.name: 机关名称不能为空',
    ]);
  });

  test('a note in annotations that is not text is said to be one, not missing (its address holds dots)', () => {
    const report = { ...base(), annotations: { 'appeals.review.total': 1 } };
    expect(problemsOf(report)).toEqual([
      {
        path: 'annotations.appeals.review.total',
        code: 'invalid',
        message: 'annotations.appeals.review.total：应为文本',
      },
    ]);
  });

  test('zod keeps the value on each issue and words it through the error map', () => {
    const appeals = { ...base().appeals, review: { ...base().appeals.review, upheld: '3' } };
    const zh = appealsSchema.safeParse(appeals, parseOptions('zh'));
    expect(zh.success ? [] : zh.error.issues.map((i) => [i.path.join('.'), i.input, i.message])).toEqual([
      ['review.upheld', '3', '应填数字或留空（null），不能填文本“3”'],
    ]);
    const en = appealsSchema.safeParse(appeals, parseOptions('en'));
    expect(en.success ? [] : en.error.issues[0]?.message).toBe(
      'must be a number or blank (null), not the text “3”',
    );
  });

  test('assertReport throws every problem at once', () => {
    const report = base();
    setCell(report, 'applications.granted.total', -1);
    setCell(report, 'applications.granted.naturalPerson', 0.5);
    expect(() => assertReport(report)).toThrow(ReportSchemaError);
    try {
      assertReport(report);
    } catch (e) {
      expect((e as ReportSchemaError).problems).toHaveLength(2);
    }
  });

  test('null is accepted everywhere and is not 0', () => {
    const report = reportSchema.parse(base());
    expect(getCell(report, 'applications.granted.total')).toBeNull();
  });
});

describe('inferred types follow the catalogue', () => {
  test('cells are number | null, nested along the addresses', () => {
    expectTypeOf<Applications2021['withheld']['stateSecret']['naturalPerson']>().toEqualTypeOf<Cell>();
    expectTypeOf<keyof Applications2021['otherHandling']>().toEqualTypeOf<
      'overdueCorrection' | 'overdueFee' | 'other'
    >();
    expectTypeOf<keyof Applications2019['otherHandling']>().toEqualTypeOf<
      | 'naturalPerson'
      | 'commercial'
      | 'research'
      | 'publicInterest'
      | 'legalServices'
      | 'otherOrganization'
      | 'total'
    >();
    expectTypeOf<keyof Appeals>().toEqualTypeOf<'review' | 'litigationDirect' | 'litigationAfterReview'>();
    expectTypeOf<keyof Appeals['review']>().toEqualTypeOf<
      'upheld' | 'corrected' | 'other' | 'pending' | 'total'
    >();
  });

  test('a report holds either format of each table', () => {
    expectTypeOf<Report['formatVersion']>().toEqualTypeOf<'2021' | '2019'>();
    expectTypeOf<Report['applications']>().toEqualTypeOf<Applications2021 | Applications2019>();
    expectTypeOf<Report['activeDisclosure']>().toHaveProperty('fees');
    expectTypeOf<Report['narrative']>().toEqualTypeOf<{
      overview: string;
      problems: string;
      otherMatters: string;
    }>();
    expectTypeOf<Report['missingSections']>().toEqualTypeOf<
      | ('overview' | 'activeDisclosure' | 'applications' | 'appeals' | 'problems' | 'otherMatters')[]
      | undefined
    >();
  });
});
