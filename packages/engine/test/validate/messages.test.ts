import { entry } from '@gongkai/corpus';
import { formatsOf, layoutOf, type Report, setCell } from '@gongkai/schema';
import { describe, expect, test } from 'vitest';
import type { ValidateOptions } from '../../src/findings.js';
import { validate } from '../../src/index.js';

// One small edit of a real report per rule, and what the rule then says, in Chinese and English.

function edited(id: string, edit: (r: Report) => void = () => {}): Report {
  const report = structuredClone(entry(id).report);
  edit(report);
  return report;
}

function said(report: Report, rule: string, options: ValidateOptions = {}) {
  const pick = (locale: 'zh' | 'en') =>
    validate(report, { ...options, locale })
      .filter((f) => f.rule === rule)
      .map((f) => `${f.severity} ${f.path}: ${f.message}`);
  return { zh: pick('zh'), en: pick('en') };
}

const huaian = '01-huaian-city-gov-2024';

describe('messages name the rows, the columns and the numbers', () => {
  test('cell.invalid', () => {
    const report = edited(huaian, (r) => setCell(r, 'applications.granted.commercial', 2.5));
    expect(said(report, 'cell.invalid')).toMatchInlineSnapshot(`
      {
        "en": [
          "error applications.granted.commercial: Section 3, row “(1) Disclosed”, column “Legal persons or other organisations: Businesses” holds “2.5”, which is not valid: it must be a whole number of at least 0.",
        ],
        "zh": [
          "error applications.granted.commercial: 第三部分「（一）予以公开」行「法人或其他组织·商业企业」列填的是「2.5」，无效：应为不小于 0 的整数。",
        ],
      }
    `);
  });

  test('cell.blank, one cell and a row of them', () => {
    const report = edited(huaian, (r) => setCell(r, 'appeals.review.pending', null));
    expect(said(report, 'cell.blank')).toMatchInlineSnapshot(`
      {
        "en": [
          "warning appeals.review.pending: Section 4, row “Administrative review”, column “Pending” is blank; blank is not 0, so enter 0 if there were none.",
        ],
        "zh": [
          "warning appeals.review.pending: 第四部分「行政复议」行「尚未审结」列为空白；空白不等于 0，没有发生的请填 0。",
        ],
      }
    `);
    expect(
      said(entry('09-shuyang-county-drc-2023').report, 'cell.blank').en.slice(0, 1),
    ).toMatchInlineSnapshot(`
      [
        "warning applications.newReceived.commercial: Section 3, row “I. New requests received this year”: 5 cells are blank (“Legal persons or other organisations: Businesses”, “Legal persons or other organisations: Research institutions”, “Legal persons or other organisations: Public-interest organisations”, “Legal persons or other organisations: Legal service providers”, “Legal persons or other organisations: Others”); blank is not 0, so enter 0 if there were none.",
      ]
    `);
  });

  test('applications.balance', () => {
    const report = edited(huaian, (r) => setCell(r, 'applications.carriedForward.naturalPerson', 100));
    expect(said(report, 'applications.balance')).toMatchInlineSnapshot(`
      {
        "en": [
          "error applications.carriedForward.naturalPerson: Section 3, column “Individuals”: “I. New requests received this year” plus “II. Requests carried over from last year” make 3035, but “(7) Total” plus “IV. Carried forward to next year” make 3032 (a difference of 3).",
        ],
        "zh": [
          "error applications.carriedForward.naturalPerson: 第三部分「自然人」列：「一、本年新收政府信息公开申请数量」与「二、上年结转政府信息公开申请数量」之和为 3035，但「（七）总计」与「四、结转下年度继续办理」之和为 3032（相差 3）。",
        ],
      }
    `);
  });

  test('applications.results-sum', () => {
    const report = edited(huaian, (r) => setCell(r, 'applications.resultsTotal.commercial', 50));
    expect(said(report, 'applications.results-sum')).toMatchInlineSnapshot(`
      {
        "en": [
          "error applications.resultsTotal.commercial: Section 3, column “Legal persons or other organisations: Businesses”: “(7) Total” is 50, but the 21 items “(1) Disclosed” to “(6) Otherwise handled – 3. Other” make 53 (a difference of 3).",
        ],
        "zh": [
          "error applications.resultsTotal.commercial: 第三部分「法人或其他组织·商业企业」列：「（七）总计」为 50，但「（一）予以公开」至「（六）其他处理 3.其他」共 21 项之和为 53（相差 3）。",
        ],
      }
    `);
  });

  test('applications.row-sum', () => {
    const report = edited(huaian, (r) => setCell(r, 'applications.newReceived.total', 3100));
    expect(said(report, 'applications.row-sum')).toMatchInlineSnapshot(`
      {
        "en": [
          "error applications.newReceived.total: Section 3, row “I. New requests received this year”: “Total” is 3100, but the 6 items “Individuals” to “Legal persons or other organisations: Others” make 3119 (a difference of 19).",
        ],
        "zh": [
          "error applications.newReceived.total: 第三部分「一、本年新收政府信息公开申请数量」行：「总计」为 3100，但「自然人」至「法人或其他组织·其他」共 6 项之和为 3119（相差 19）。",
        ],
      }
    `);
  });

  test('appeals.group-sum', () => {
    const report = edited(huaian, (r) => setCell(r, 'appeals.litigationDirect.total', 30));
    expect(said(report, 'appeals.group-sum')).toMatchInlineSnapshot(`
      {
        "en": [
          "error appeals.litigationDirect.total: Section 4, “Administrative lawsuits – Lawsuit without prior review”: “Total” is 30, but the 4 items “Upheld” to “Pending” make 26 (a difference of 4).",
        ],
        "zh": [
          "error appeals.litigationDirect.total: 第四部分「行政诉讼 未经复议直接起诉」：「总计」为 30，但「结果维持」至「尚未审结」共 4 项之和为 26（相差 4）。",
        ],
      }
    `);
  });

  test('the arithmetic rules with blank cells: one note each', () => {
    const report = entry('09-shuyang-county-drc-2023').report;
    expect(said(report, 'applications.row-sum')).toMatchInlineSnapshot(`
      {
        "en": [
          "info applications.newReceived.commercial: Could not check “Row totals”: 25 sums need blank cells (such as Section 3, row “I. New requests received this year”, column “Legal persons or other organisations: Businesses”); blank is not 0.",
        ],
        "zh": [
          "info applications.newReceived.commercial: 无法核对「各行总计」：25 处合计用到的单元格空白（如第三部分「一、本年新收政府信息公开申请数量」行「法人或其他组织·商业企业」列），空白不等于 0。",
        ],
      }
    `);
  });

  test('active.regulations-level, from the level given and from the name', () => {
    const township = edited('xinglingzi-township-2024', (r) =>
      setCell(r, 'activeDisclosure.regulations.inForce', 3),
    );
    expect(said(township, 'active.regulations-level')).toMatchInlineSnapshot(`
      {
        "en": [
          "warning activeDisclosure.regulations.inForce: “杏岭子乡人民政府” is a township or street office and cannot make regulations, but Section 2, row “Regulations” has 3 in “In force”; check whether a higher authority’s regulations were entered.",
        ],
        "zh": [
          "warning activeDisclosure.regulations.inForce: 杏岭子乡人民政府是乡镇人民政府、街道办事处，不能制定规章，但第二部分「规章」行「现行有效件数」列为 3；请核实是否误填了上级机关的规章。",
        ],
      }
    `);
    const byName = edited('12-shuyang-county-gov-2025', (r) => {
      r.agency = { name: r.agency.name };
      setCell(r, 'activeDisclosure.regulations.issued', 1);
    });
    expect(said(byName, 'active.regulations-level')).toMatchInlineSnapshot(`
      {
        "en": [
          "warning activeDisclosure.regulations.issued: “沐阳县人民政府” is a county government (judged by its name) and cannot make regulations, but Section 2, row “Regulations” has 1 in “Issued this year”; check whether a higher authority’s regulations were entered.",
        ],
        "zh": [
          "warning activeDisclosure.regulations.issued: 沐阳县人民政府是县级人民政府（按机关名称判断），不能制定规章，但第二部分「规章」行「本年制发件数」列为 1；请核实是否误填了上级机关的规章。",
        ],
      }
    `);
  });

  test('format.outdated', () => {
    expect(
      said(entry('15-xizhen-jiaxian-township-2022-FRAGMENT').report, 'format.outdated'),
    ).toMatchInlineSnapshot(`
      {
        "en": [
          "warning activeDisclosure: This is a report on 2022, which must use the tables of 国办公开办函〔2021〕30号, but Section 2 (Information disclosed proactively) uses the 2019 table.",
          "warning applications: This is a report on 2022, which must use the tables of 国办公开办函〔2021〕30号, but Section 3 (Requests for disclosure received and handled) uses the 2019 table.",
        ],
        "zh": [
          "warning activeDisclosure: 这是 2022 年度的报告，应使用国办公开办函〔2021〕30号规定的表格，但「二、主动公开政府信息情况」用的是 2019 版的表格。",
          "warning applications: 这是 2022 年度的报告，应使用国办公开办函〔2021〕30号规定的表格，但「三、收到和处理政府信息公开申请情况」用的是 2019 版的表格。",
        ],
      }
    `);
  });

  test('structure.missing-section', () => {
    const report = edited(huaian, (r) => {
      r.narrative.problems = '  ';
      r.missingSections = ['appeals'];
      for (const row of Object.values(r.appeals))
        for (const k of Object.keys(row)) (row as Record<string, null>)[k] = null;
    });
    expect(said(report, 'structure.missing-section')).toMatchInlineSnapshot(`
      {
        "en": [
          "error appeals: Section 4 (Administrative reviews and lawsuits over disclosure) is missing: it was not found in the published text.",
          "error problems: Section 5 (Main problems and improvements) is missing: it is empty.",
        ],
        "zh": [
          "error appeals: 缺少「四、政府信息公开行政复议、行政诉讼情况」：发布的文本中找不到这一部分。",
          "error problems: 缺少「五、存在的主要问题及改进情况」：这一部分没有内容。",
        ],
      }
    `);
  });

  test('narrative.table-mismatch', () => {
    const report = edited(huaian, (r) => {
      r.narrative.overview = r.narrative.overview.replace(
        '受理政府信息公开申请3119件',
        '受理政府信息公开申请3200件',
      );
    });
    expect(said(report, 'narrative.table-mismatch')).toMatchInlineSnapshot(`
      {
        "en": [
          "warning applications.newReceived.total: Section 1 (Overview) states 3200 for requests received, but in the table Section 3, row “I. New requests received this year”, column “Total” is 3119, and Section 3, rows “I. New requests received this year” and “II. Requests carried over from last year”, column “Total” make 3153.",
        ],
        "zh": [
          "warning applications.newReceived.total: 「一、总体情况」写收到（受理）的申请为 3200 件，但表中第三部分「一、本年新收政府信息公开申请数量」行「总计」列为 3119，第三部分「一、本年新收政府信息公开申请数量」与「二、上年结转政府信息公开申请数量」行「总计」列之和为 3153。",
        ],
      }
    `);
    expect(
      said(entry('14-shanghai-gov-office-2019-oldformat').report, 'narrative.table-mismatch'),
    ).toMatchInlineSnapshot(`
      {
        "en": [
          "info appeals.litigationAfterReview.total: Could not check “Narrative figure differs from the table”: Section 1 (Overview) states 9 for administrative lawsuits, but Section 4, row “Administrative lawsuits – Lawsuit after review”, column “Total” is blank.",
        ],
        "zh": [
          "info appeals.litigationAfterReview.total: 无法核对「正文数字与表格不符」：「一、总体情况」写行政诉讼案件为 9，但表中第四部分「行政诉讼 复议后起诉」行「总计」列空白。",
        ],
      }
    `);
  });

  test('narrative.fees-unreported', () => {
    expect(
      said(entry('xinglingzi-township-2024').report, 'narrative.fees-unreported'),
    ).toMatchInlineSnapshot(`
      {
        "en": [
          "warning otherMatters: A report on 2024 must say in Section 6 (Other matters to report) whether information processing fees were charged (国办函〔2020〕109号), but that section does not mention them.",
        ],
        "zh": [
          "warning otherMatters: 2024 年度的报告应在「六、其他需要报告的事项」中说明是否收取信息处理费（国办函〔2020〕109号），但这一部分没有提到。",
        ],
      }
    `);
  });

  test('narrative.repeated-text', () => {
    const report = edited('05-pingtan-zone-2022');
    const previous = edited('05-pingtan-zone-2022', (r) => {
      r.year = 2021;
    });
    expect(said(report, 'narrative.repeated-text', { previous })).toMatchInlineSnapshot(`
      {
        "en": [
          "warning overview: 100% of the narrative (sections 1, 5 and 6; 47 sentences) repeats last year’s report (2021) word for word: half or more.",
        ],
        "zh": [
          "warning overview: 正文（一、五、六部分）有 100% 的文字（47 句）与上年（2021 年度）报告逐字相同，超过一半。",
        ],
      }
    `);
  });

  test('cross-year.carry-over', () => {
    const previous = edited('04-pingtan-zone-2021', (r) =>
      setCell(r, 'applications.carriedForward.naturalPerson', 3),
    );
    expect(
      said(edited('05-pingtan-zone-2022'), 'cross-year.carry-over', { previous }),
    ).toMatchInlineSnapshot(`
      {
        "en": [
          "error applications.carriedOver.naturalPerson: Section 3, row “II. Requests carried over from last year”, column “Individuals” is 1, but last year’s report (2021) has 3 in “IV. Carried forward to next year”, same column.",
        ],
        "zh": [
          "error applications.carriedOver.naturalPerson: 第三部分「二、上年结转政府信息公开申请数量」行「自然人」列为 1，但上年（2021 年度）报告同一列的「四、结转下年度继续办理」为 3。",
        ],
      }
    `);
  });

  test('cross-year.in-force', () => {
    const previous = edited('04-pingtan-zone-2021', (r) =>
      setCell(r, 'activeDisclosure.normativeDocuments.inForce', 600),
    );
    expect(said(edited('05-pingtan-zone-2022'), 'cross-year.in-force', { previous })).toMatchInlineSnapshot(`
      {
        "en": [
          "warning activeDisclosure.normativeDocuments.inForce: Section 2, row “Normative documents”, column “In force” is 698, but last year’s (2021) “In force” 600, plus this year’s “Issued this year” 88, less “Repealed this year” 55 gives 633.",
        ],
        "zh": [
          "warning activeDisclosure.normativeDocuments.inForce: 第二部分「行政规范性文件」行「现行有效件数」列为 698，但上年（2021 年度）「现行有效件数」600，加本年「本年制发件数」88，减「本年废止件数」55，应为 633。",
        ],
      }
    `);
  });

  test('hierarchy.sum', () => {
    // Two units: one with every request and appeal cell at 0, one equal to the aggregate but for one cell.
    const zero = edited(huaian, (r) => {
      for (const cell of layoutOf(formatsOf(r)).cells)
        if (cell.table !== 'activeDisclosure') setCell(r, cell.address, 0);
    });
    const unit = edited(huaian, (r) => setCell(r, 'appeals.review.upheld', 70));
    expect(said(edited(huaian), 'hierarchy.sum', { units: [zero, unit] })).toMatchInlineSnapshot(`
      {
        "en": [
          "warning appeals.review.upheld: Section 4, row “Administrative review”, column “Upheld” is 72, but the same cell of the 2 units’ reports adds up to 70.",
        ],
        "zh": [
          "warning appeals.review.upheld: 第四部分「行政复议」行「结果维持」列为 72，但 2 个下级单位报告的同一单元格相加为 70。",
        ],
      }
    `);
  });
});
