/**
 * Stats on real corpus reports, in this process: an equation's error is counted at the equation, not at
 * the cell its rule is filed under; warnings are not failures; rule titles and places are in Chinese.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportsDir } from '@gongkai/corpus/node';
import { validate } from '@gongkai/engine';
import type { Report } from '@gongkai/schema';
import { describe, expect, test } from 'vitest';
import { bodyIdentity } from '../src/pairing/identity.js';
import { YearIndex } from '../src/pairing/index.js';
import { addChecked, emptyStats } from '../src/stats/aggregate.js';
import { cellsChart, rulesChart } from '../src/stats/charts.js';
import { localTime } from '../src/stats/local-time.js';
import { statsText } from '../src/stats/text.js';
import { bodyRows, cellRows, ruleRows } from '../src/stats/views.js';

const reports: Report[] = readdirSync(reportsDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(reportsDir, f), 'utf8')));
const with2021Requests = reports.filter((r) => r.applications && 'newReceived' in r.applications);

/** Raises 本年新收·自然人 by one in every report, as the evaluator in the issue did. */
function raised(): Report[] {
  return with2021Requests.map((r) => {
    const copy = structuredClone(r);
    const row = (copy.applications as unknown as Record<string, Record<string, number | null>>).newReceived;
    if (row && typeof row.naturalPerson === 'number') row.naturalPerson += 1;
    return copy;
  });
}

describe('places', () => {
  test('a balance error counts at its column’s equation; 结转下年度·自然人 is not blamed', () => {
    const stats = emptyStats();
    const changed = raised();
    for (const [i, report] of changed.entries())
      addChecked(stats, { name: `r${i}.json`, report, findings: validate(report), diagnostics: [] });
    const places = cellRows(stats, 5);
    const balance = places.find((p) => p.label.includes('申请数的勾稽关系'));
    expect(balance?.label).toBe('第三部分「自然人」列：申请数的勾稽关系（一+二=三+四）');
    expect(balance?.path).toBe('applications.balance@applications.*.naturalPerson');
    // 结转下年度·自然人 has no more findings than before the change: none of the new errors is pinned on it.
    const before = emptyStats();
    for (const [i, report] of with2021Requests.entries())
      addChecked(before, { name: `r${i}.json`, report, findings: validate(report), diagnostics: [] });
    const cell = 'applications.carriedForward.naturalPerson';
    expect(stats.cells[cell]?.errors ?? 0).toBe(before.cells[cell]?.errors ?? 0);
    expect(balance?.errors).toBeGreaterThan(before.cells[balance?.path ?? '']?.errors ?? 0);
    // The row's own sum is the row's equation.
    expect(places.map((p) => p.label)).toContain('第三部分「一、本年新收政府信息公开申请数量」行：各行总计');
    const text = statsText(stats, 'zh');
    expect(text).toContain('问题最多的位置（单元格或算式）');
    expect(text).toMatch(/错误 {2}申请数的勾稽关系（一\+二=三\+四）（applications\.balance）/);
  });

  test('charts name places and rules in Chinese, whole (wrapped, not cut off)', () => {
    const stats = emptyStats();
    for (const [i, report] of raised().entries())
      addChecked(stats, { name: `r${i}.json`, report, findings: validate(report), diagnostics: [] });
    const cells = cellsChart(cellRows(stats, 15), 'zh');
    expect(cells).toContain('第三部分「自然人」列');
    expect(cells).not.toContain('applications.');
    expect(cells).not.toMatch(/\.\.\.|…/);
    const rules = rulesChart(ruleRows(stats, 'zh'), 'zh');
    expect(rules).toContain('申请数的勾稽关系');
    expect(rules).not.toMatch(/\.\.\.|…/);
  });

  test('warnings are not failures: a rule with only warnings counts reports with the warning', () => {
    const stats = emptyStats();
    for (const [i, report] of reports.entries())
      addChecked(stats, { name: `r${i}.json`, report, findings: validate(report), diagnostics: [] });
    const blank = ruleRows(stats, 'zh').find((r) => r.rule === 'cell.blank');
    expect(blank?.severity).toBe('warning');
    const withErrors = reports.filter((r) => validate(r).some((f) => f.severity === 'error')).length;
    expect(stats.withErrors).toBe(withErrors);
    expect(statsText(stats, 'zh')).toMatch(/\n {2,}\d+ +[\d.]+% {2}警告 {2}单元格空白（cell\.blank）\n/);
  });
});

test('the time of a survey is Beijing time, whatever the machine’s zone', () => {
  expect(localTime(new Date(Date.UTC(2026, 0, 31, 20, 5)), 'zh')).toBe('2026-02-01 04:05（北京时间）');
  expect(localTime(new Date(Date.UTC(2026, 0, 31, 20, 5)), 'en')).toBe(
    '2026-02-01 04:05 Beijing time (UTC+8)',
  );
});

test('each body’s years side by side: 平潭 2021 and 2022, the long and short name one body; two 鼓楼区 two', () => {
  // Keyed as a paired run keys them: by the body the year index links each report to.
  const named = reports.map((report) => {
    const copy = structuredClone(report);
    if (copy.year === 2021 && copy.agency.name === '平潭综合实验区')
      copy.agency.name = '福建省平潭综合实验区';
    return copy;
  });
  const gulou = (city: string, year: number) => {
    const copy = structuredClone(reports[0] as Report);
    Object.assign(copy, { year });
    copy.agency.name = `${city}鼓楼区人民政府`;
    return copy;
  };
  named.push(gulou('南京市', 2023), gulou('福州市', 2023), gulou('福州市', 2024));
  const index = new YearIndex('/');
  for (const [i, r] of named.entries())
    index.add({ name: `r${i}.json` }, { ...bodyIdentity(r.agency.name), year: r.year });
  const stats = emptyStats();
  for (const [i, report] of named.entries()) {
    const name = `r${i}.json`;
    const body = index.bodyOf(name) as string;
    addChecked(stats, { name, report, findings: validate(report), diagnostics: [], body });
  }
  const { years, rows } = bodyRows(stats);
  const pingtan = rows.find((b) => b.key === '福建省平潭综合实验区');
  expect(years).toEqual(expect.arrayContaining(['2021', '2022']));
  expect(Object.keys(pingtan?.years ?? {}).sort()).toEqual(['2021', '2022']);
  // 南京 has one year only: in the stats, not among the rows of several years.
  expect(Object.keys(stats.bodies['南京市鼓楼区人民政府']?.years ?? {})).toEqual(['2023']);
  expect(Object.keys(rows.find((b) => b.key === '福州市鼓楼区人民政府')?.years ?? {})).toEqual([
    '2023',
    '2024',
  ]);
  expect(statsText(stats, 'zh')).toMatch(/各机关历年情况（错误\/警告）\n.*2021.*2022/);
});

test('without pairing, bodies are told apart by region prefix and code too', () => {
  const stats = emptyStats();
  for (const [i, city] of ['南京市', '福州市'].entries()) {
    const report = structuredClone(reports[0] as Report);
    report.agency.name = `${city}鼓楼区人民政府`;
    addChecked(stats, { name: `g${i}.json`, report, findings: [], diagnostics: [] });
  }
  expect(Object.keys(stats.bodies).sort()).toEqual(['南京市鼓楼区人民政府', '福州市鼓楼区人民政府']);
});
