/** Stats added up batch by batch give the same figures as one pass over every report. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportsDir } from '@gongkai/corpus/node';
import { validate } from '@gongkai/engine';
import type { Report } from '@gongkai/schema';
import { describe, expect, test } from 'vitest';
import type { Checked } from '../src/batch/check.js';
import { emptyTally } from '../src/batch/tally.js';
import { addChecked, emptyStats, mergeStats, WORST_KEPT } from '../src/stats/aggregate.js';
import { statsCsv } from '../src/stats/csv.js';
import { statsDashboard } from '../src/stats/dashboard.js';
import { ruleRows } from '../src/stats/views.js';

const corpus = readdirSync(reportsDir)
  .sort()
  .map((file) => ({ file, report: JSON.parse(readFileSync(join(reportsDir, file), 'utf8')) as Report }));
const checked: Checked[] = corpus.map(({ file, report }) => ({
  name: file,
  report,
  findings: validate(report),
  diagnostics: [],
}));

describe('stats', () => {
  test('merging per-batch stats equals one pass', () => {
    const whole = emptyStats();
    for (const c of checked) addChecked(whole, c);
    const merged = emptyStats();
    for (let i = 0; i < checked.length; i += 3) {
      const part = emptyStats();
      for (const c of checked.slice(i, i + 3)) addChecked(part, c);
      mergeStats(merged, part);
    }
    expect(merged).toEqual(whole);
    expect(whole.reports).toBe(corpus.length);
  });

  test('a rule counts once per report however many findings it has; unreadable inputs are listed apart', () => {
    const stats = emptyStats();
    for (const c of checked) addChecked(stats, c);
    addChecked(stats, { name: 'bad.json', findings: [], diagnostics: [], broken: 'JSON 报告不合格式' });
    const blank = ruleRows(stats, 'zh').find((r) => r.rule === 'cell.blank');
    expect(blank?.reports).toBeLessThanOrEqual(corpus.length);
    expect(blank?.findings).toBeGreaterThan(blank?.reports ?? 0);
    expect(stats.broken).toEqual([{ name: 'bad.json', reason: 'JSON 报告不合格式' }]);
    expect(stats.reports).toBe(corpus.length);
  });

  test('the "look at first" list keeps the worst reports, errors first', () => {
    const stats = emptyStats();
    for (let i = 0; i < 3; i++) for (const c of checked) addChecked(stats, { ...c, name: `${i}/${c.name}` });
    expect(stats.worst.length).toBeLessThanOrEqual(WORST_KEPT);
    const errors = stats.worst.map((w) => w.errors);
    expect(errors).toEqual([...errors].sort((a, b) => b - a));
  });

  test('CSV fields that a spreadsheet would run as formulas are neutralised', () => {
    const stats = emptyStats();
    addChecked(stats, { name: '=HYPERLINK("x")', findings: [], diagnostics: [], broken: '@SUM(1)' });
    expect(statsCsv(stats, 'zh')).toContain(`unreadable,"'=HYPERLINK(""x"")",,,,,,,,'@SUM(1)`);
  });

  test('the dashboard escapes names from the files', () => {
    const stats = emptyStats();
    const withErrors = checked.find((c) => c.findings.some((f) => f.severity === 'error')) as Checked;
    addChecked(stats, { ...withErrors, name: '<img src=x onerror=alert(1)>.json' });
    const html = statsDashboard(stats, {
      locale: 'zh',
      tally: { ...emptyTally(), files: 1 },
      interrupted: false,
      generated: new Date(0),
    });
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;.json');
  });
});
