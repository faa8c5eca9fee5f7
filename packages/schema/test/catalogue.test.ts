import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  cellsOf,
  equationsOf,
  rowsOf,
  sections,
  type TableDef,
  tableDef,
  tables,
  uniformLayout,
} from '../src/index.js';

// The spec the project was founded on, kept in the repository: the catalogue must say what it says.
const spec = readFileSync(fileURLToPath(new URL('../../../docs/spec/FORMAT.md', import.meta.url)), 'utf8');

/** `| \`address\` | label |` rows of a markdown table in the spec. */
function specRows(heading: string): Map<string, string> {
  const start = spec.indexOf(heading);
  const end = spec.indexOf('\n### ', start + 1);
  const part = spec.slice(start, end < 0 ? undefined : end);
  const rows = new Map<string, string>();
  for (const m of part.matchAll(/^\| `([\w.]+)` \| ([^|]+?) \|/gm))
    rows.set(m[1] as string, (m[2] as string).trim());
  return rows;
}

describe('section 三 (applications)', () => {
  test('has exactly 25 rows in 2021 and 23 in 2019', () => {
    expect(rowsOf(tableDef('applications', '2021'))).toHaveLength(25);
    expect(rowsOf(tableDef('applications', '2019'))).toHaveLength(23);
  });

  test.each(['2021', '2019'] as const)('rows of %s carry the labels of FORMAT.md', (version) => {
    const expected = specRows('### `applications`');
    const rows = rowsOf(tableDef('applications', version));
    for (const { row, path } of rows) {
      const address = path.join('.');
      expect(expected.get(address), address).toBeDefined();
      expect(row.label.zh, address).toBe(
        expected
          .get(address)
          ?.replace(/^format 2019 only: /, '')
          .replace(/, one row$/, ''),
      );
    }
  });

  test('columns are the seven applicant columns, 法人或其他组织 a group without a subtotal', () => {
    const block = tableDef('applications', '2021').blocks[0]!;
    expect(block.columns.map((c) => `${c.key} ${c.label.zh}`)).toEqual([
      'naturalPerson 自然人',
      'commercial 商业企业',
      'research 科研机构',
      'publicInterest 社会公益组织',
      'legalServices 法律服务机构',
      'otherOrganization 其他',
      'total 总计',
    ]);
    expect(block.columnGroups?.map((g) => g.label.zh)).toEqual(['申请人情况', '法人或其他组织']);
    expect(tableDef('applications', '2021').note?.zh).toBe(
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    );
  });
});

describe('section 四 (appeals)', () => {
  test('has 15 cells in both formats', () => {
    expect(cellsOf(tableDef('appeals', '2021'))).toHaveLength(15);
    expect(cellsOf(tableDef('appeals', '2019'))).toHaveLength(15);
    expect(cellsOf(tableDef('appeals', '2021')).map((c) => c.address)).toContain('appeals.review.total');
  });

  test('groups and outcomes carry the official labels', () => {
    const table = tableDef('appeals', '2021');
    expect(rowsOf(table).map((r) => r.row.label.zh)).toEqual(['行政复议', '未经复议直接起诉', '复议后起诉']);
    expect(table.blocks[0]!.columns.map((c) => c.label.zh)).toEqual([
      '结果维持',
      '结果纠正',
      '其他结果',
      '尚未审结',
      '总计',
    ]);
    expect(table.rowGroups?.[0]?.label.zh).toBe('行政诉讼');
  });
});

describe('section 二 (activeDisclosure)', () => {
  test.each([
    ['2021', '### `activeDisclosure` (二), format 2021'],
    ['2019', '### `activeDisclosure` (二), format 2019'],
  ] as const)('%s rows, columns and kinds follow FORMAT.md', (version, heading) => {
    const expected = specRows(heading);
    const rows = rowsOf(tableDef('activeDisclosure', version));
    expect(rows.map((r) => r.row.key)).toEqual([...expected.keys()]);
    for (const { row } of rows) expect(row.label.zh).toBe(expected.get(row.key));
  });

  test('2021 columns and headings', () => {
    const cells = cellsOf(tableDef('activeDisclosure', '2021'));
    expect(cells.map((c) => c.address)).toEqual([
      'activeDisclosure.regulations.issued',
      'activeDisclosure.regulations.repealed',
      'activeDisclosure.regulations.inForce',
      'activeDisclosure.normativeDocuments.issued',
      'activeDisclosure.normativeDocuments.repealed',
      'activeDisclosure.normativeDocuments.inForce',
      'activeDisclosure.licensing.decisions',
      'activeDisclosure.punishment.decisions',
      'activeDisclosure.coercion.decisions',
      'activeDisclosure.fees.amount',
    ]);
    expect(cells.map((c) => c.columnDef.label.zh)).toContain('本年收费金额（单位：万元）');
    expect(cells.find((c) => c.column === 'amount')?.kind).toBe('amount');
    expect(tableDef('activeDisclosure', '2021').blocks.map((b) => b.heading?.zh)).toEqual([
      '第二十条第（一）项',
      '第二十条第（五）项',
      '第二十条第（六）项',
      '第二十条第（八）项',
    ]);
  });

  test('2019: 本年增/减 may be negative; procurement and 第二十条第（九）项', () => {
    const cells = cellsOf(tableDef('activeDisclosure', '2019'));
    expect(cells.filter((c) => c.kind === 'signedCount').map((c) => c.address)).toEqual([
      'activeDisclosure.licensing.change',
      'activeDisclosure.otherManagementServices.change',
      'activeDisclosure.punishment.change',
      'activeDisclosure.coercion.change',
      'activeDisclosure.fees.change',
    ]);
    expect(cells.filter((c) => c.kind === 'amount').map((c) => c.address)).toEqual([
      'activeDisclosure.procurement.amount',
    ]);
    expect(tableDef('activeDisclosure', '2019').blocks.at(-1)?.heading?.zh).toBe('第二十条第（九）项');
  });
});

test('six sections in printed order with their official titles', () => {
  expect(sections.map((s) => `${s.ordinal}、${s.title.zh}`)).toEqual([
    '一、总体情况',
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况',
    '五、存在的主要问题及改进情况',
    '六、其他需要报告的事项',
  ]);
  // Headings worded otherwise in real reports are part of the catalogue, for the importers.
  expect(sections.find((s) => s.id === 'problems')?.aliases).toContain('存在的主要问题及整改措施');
  expect(sections.find((s) => s.id === 'appeals')?.aliases).toContain(
    '因政府信息公开工作被申请行政复议、提起行政诉讼情况',
  );
});

test('every label has an English form, and every address is unique', () => {
  for (const version of ['2021', '2019'] as const) {
    const layout = uniformLayout(version);
    expect(layout.cellByAddress.size).toBe(layout.cells.length);
    for (const cell of layout.cells) {
      expect(cell.row.label.en, cell.address).not.toBe('');
      expect(cell.columnDef.label.en, cell.address).not.toBe('');
    }
  }
  expect(Object.keys(tables).sort()).toEqual(['2019', '2021']);
});

describe('equations: the arithmetic of the format as data', () => {
  const layout = uniformLayout('2021');
  const byRule = (rule: string) => layout.equations.filter((e) => e.rule === rule);

  test('one row-sum per section-三 row, one results-sum and balance per column, one group-sum per appeal group', () => {
    expect(byRule('applications.row-sum')).toHaveLength(25);
    expect(byRule('applications.results-sum')).toHaveLength(7);
    expect(byRule('applications.balance')).toHaveLength(7);
    expect(byRule('appeals.group-sum')).toHaveLength(3);
  });

  test('（七）总计 adds every result row from 予以公开 to the last 其他处理 row', () => {
    const total = byRule('applications.results-sum').find((e) => e.along.column === 'naturalPerson')!;
    expect(total.lhs).toEqual(['applications.resultsTotal.naturalPerson']);
    expect(total.rhs).toHaveLength(21);
    expect(total.rhs[0]).toBe('applications.granted.naturalPerson');
    expect(total.rhs.at(-1)).toBe('applications.otherHandling.other.naturalPerson');
    const old = uniformLayout('2019').equations.find((e) => e.rule === 'applications.results-sum')!;
    expect(old.rhs).toHaveLength(19);
    expect(old.rhs.at(-1)).toBe('applications.otherHandling.naturalPerson');
  });

  test('the balance is the note printed above the table: 一 + 二 = 三 + 四', () => {
    expect(byRule('applications.balance').find((e) => e.along.column === 'total')).toMatchObject({
      lhs: ['applications.newReceived.total', 'applications.carriedOver.total'],
      rhs: ['applications.resultsTotal.total', 'applications.carriedForward.total'],
      derive: 'applications.carriedForward.total',
    });
  });

  test('the sums are data on the table: a new version states its own and gets their equations', () => {
    const base = tableDef('appeals', '2021');
    const next: TableDef = {
      ...base,
      version: '2019',
      sums: [{ rule: 'appeals.reviews', each: 'column', lhs: ['review'], rhs: ['litigationAfterReview'] }],
    };
    expect(equationsOf(next)).toEqual(
      ['upheld', 'corrected', 'other', 'pending', 'total'].map((column) => ({
        rule: 'appeals.reviews',
        table: 'appeals',
        version: '2019',
        lhs: [`appeals.review.${column}`],
        rhs: [`appeals.litigationAfterReview.${column}`],
        along: { column },
      })),
    );
    expect(equationsOf({ ...base, sums: undefined } as TableDef)).toEqual([]);
  });

  test('a sum naming a row or column its table lacks is refused, never checked short', () => {
    const base = tableDef('applications', '2019');
    const typo: TableDef = {
      ...base,
      sums: [{ rule: 'applications.balance', each: 'column', lhs: ['newRecieved'], rhs: ['carriedForward'] }],
    };
    expect(() => equationsOf(typo)).toThrow('a sum names newRecieved, which its table does not have');
  });
});
