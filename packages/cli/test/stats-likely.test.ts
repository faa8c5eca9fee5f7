/**
 * 「最可能填错的单元格」: stats count an arithmetic error against the cell the engine's proposal points at,
 * once per report, on copies of real corpus reports corrupted as issue 16 describes (only 本年新收·自然人
 * raised), in this process and through the CLI's worker threads, in text, page, CSV and workbook.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportsDir } from '@gongkai/corpus/node';
import { validate } from '@gongkai/engine';
import type { Report } from '@gongkai/schema';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, test } from 'vitest';
import { emptyTally } from '../src/batch/tally.js';
import { addChecked, emptyStats, mergeStats } from '../src/stats/aggregate.js';
import { statsCsv } from '../src/stats/csv.js';
import { statsDashboard } from '../src/stats/dashboard.js';
import { statsText } from '../src/stats/text.js';
import { likelyRows } from '../src/stats/views.js';
import { put, tempDir } from './support/fixtures.js';
import { runCli } from './support/run.js';

const corpus = readdirSync(reportsDir)
  .filter((f) => f.endsWith('.json'))
  .map((file) => ({ file, report: JSON.parse(readFileSync(join(reportsDir, file), 'utf8')) as Report }));

type Rows = Record<string, Record<string, number | null>>;

/** A copy of a report with one application cell raised by `by`; undefined when that cell is not a figure. */
function raisedCopy(report: Report, row: string, column: string, by = 1): Report | undefined {
  const copy = structuredClone(report);
  const cells = (copy.applications as unknown as Rows | undefined)?.[row];
  const value = cells?.[column];
  if (!cells || typeof value !== 'number') return undefined;
  cells[column] = value + by;
  return copy;
}

const COPIES = 3;
/** Every corpus report with 本年新收·自然人 filled, raised by one, three copies of each. */
const raised = corpus.flatMap(({ file, report }) => {
  const copy = raisedCopy(report, 'newReceived', 'naturalPerson');
  return copy ? Array.from({ length: COPIES }, (_, i) => ({ name: `${i}-${file}`, report: copy })) : [];
});
const RAISED = 'applications.newReceived.naturalPerson';
const CONVENTION = 'applications.carriedForward.naturalPerson';
const LABEL = '第三部分「一、本年新收政府信息公开申请数量」行「自然人」列';

function statsOf(reports: { name: string; report: Report }[]) {
  const stats = emptyStats();
  for (const { name, report } of reports)
    addChecked(stats, { name, report, findings: validate(report), diagnostics: [] });
  return stats;
}

const tmp = tempDir();
afterAll(() => tmp.remove());

describe('cells most likely wrong', () => {
  test('the raised cell ranks first, once per report; 结转下年度·自然人 is never blamed', () => {
    expect(raised.length).toBeGreaterThanOrEqual(8 * COPIES);
    const stats = statsOf(raised);
    const [top] = likelyRows(stats, 10);
    // The row's sum and the balance both fail in most copies, and share one proposal: one report each.
    const sums = raised
      .flatMap(({ report }) => validate(report))
      .filter((f) => f.severity === 'error' && f.suspects).length;
    expect(sums).toBeGreaterThan(raised.length);
    expect(top).toEqual({ path: RAISED, label: LABEL, reports: raised.length, certain: raised.length, sums });
    expect(stats.likely.cells[CONVENTION]).toBeUndefined();
    expect(stats.likely.unsure).toBe(0);
  });

  test('batches add up to one pass', () => {
    const merged = emptyStats();
    for (let i = 0; i < raised.length; i += 5) mergeStats(merged, statsOf(raised.slice(i, i + 5)));
    expect(merged.likely).toEqual(statsOf(raised).likely);
  });

  test('a balance the figures cannot pin on one cell blames none, and is counted as unsure', () => {
    const shanghai = corpus.find((c) => c.file.includes('2019-oldformat')) as (typeof corpus)[number];
    const report = raisedCopy(shanghai.report, 'newReceived', 'total') as Report;
    const errors = validate(report).filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.rule, f.path])).toEqual([
      ['applications.balance', 'applications.carriedForward.total'],
    ]);
    const [balance] = errors;
    expect(balance?.suspects?.[0]?.confidence).toBe('ambiguous');
    const stats = statsOf([{ name: 'shanghai.json', report }]);
    expect(stats.likely.cells).toEqual({});
    expect(stats.likely.unsure).toBe(1);
    expect(statsText(stats, 'zh')).toContain('另有 1 份报告的算式错误无法确定是哪个单元格填错');
  });

  test('text, page and CSV show the ranking, Chinese labels first', () => {
    const stats = statsOf(raised);
    const n = raised.length;
    const text = statsText(stats, 'zh');
    expect(text).toContain(
      `最可能填错的单元格（改动该单元格即可使算式成立的报告数）\n  ${String(n).padStart(7)} 份报告（其中确定 ${n} 份）  ${LABEL}（${RAISED}）\n`,
    );
    expect(statsText(stats, 'en')).toContain('Cells most likely wrong');
    const html = statsDashboard(stats, {
      locale: 'zh',
      tally: { ...emptyTally(), files: n },
      interrupted: false,
      generated: new Date(0),
    });
    const section = html.slice(html.indexOf('<section aria-labelledby="likely">'));
    expect(section).toMatch(/^<section aria-labelledby="likely"><h2 id="likely">最可能填错的单元格/);
    expect(section).toContain('<svg ');
    expect(section).toContain(`<td>${LABEL} <code class="id">${RAISED}</code></td>`);
    expect(section.slice(0, section.indexOf('</section>'))).not.toContain(CONVENTION);
    expect(statsCsv(stats, 'zh')).toContain(`\r\nlikely,${RAISED},${LABEL},,${n},${n},1.0000,`);
  });
});

describe('through the worker threads', () => {
  const dir = join(tmp.dir, 'raised');
  for (const { name, report } of raised) put(join(dir, name), JSON.stringify(report));

  test('stats on two workers ranks the raised cell first, in text and in the workbook', async () => {
    const text = await runCli(['stats', dir, '--workers', '2', '--no-progress']);
    expect(text.code).toBe(1);
    const lines = text.stdout.split('\n');
    const at = lines.indexOf('最可能填错的单元格（改动该单元格即可使算式成立的报告数）');
    expect(lines[at + 1]).toContain(`${raised.length} 份报告（其中确定 ${raised.length} 份）  ${LABEL}`);
    expect(text.stdout).not.toContain(`${CONVENTION}）`);

    const out = join(tmp.dir, '结果.xlsx');
    const r = await runCli(['stats', dir, '--workers', '2', '--no-progress', '-o', out]);
    expect(r.code).toBe(1);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet('最可能填错的单元格') as ExcelJS.Worksheet;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '单元格',
      '地址',
      '报告数',
      '其中确定',
      '能解释的算式错误',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      LABEL,
      RAISED,
      raised.length,
      raised.length,
      expect.any(Number),
    ]);
    expect(sheet.rowCount).toBe(2);
  });
});
