/** `gongkai fill --from-previous`: this year's report begun from last year's, end to end. */
import { join } from 'node:path';
import { reportsDir } from '@gongkai/corpus/node';
import { getCell, parseReport } from '@gongkai/schema';
import { describe, expect, test } from 'vitest';
import { runCli } from './support/run.js';

describe('fill --from-previous', () => {
  test('rolls a township’s 2024 report forward to 2025 and says what to review', async () => {
    const file = join(reportsDir, 'xinglingzi-township-2024.json');
    const r = await runCli(['fill', '--from-previous', file]);
    expect(r.code).toBe(0);
    const parsed = parseReport(JSON.parse(r.stdout));
    expect(parsed.success).toBe(true);
    const report = JSON.parse(r.stdout);
    expect(report.year).toBe(2025);
    expect(getCell(report, 'applications.newReceived.total')).toBeNull();
    expect(r.stderr).toMatch(/^以 2024 年报告为底稿生成 2025 年报告：上年结转填入 \d+ 格/);
    expect(r.stderr).toContain('activeDisclosure.regulations.inForce：从上年');
    expect(r.stderr).toMatch(/一、总体情况 第 ?\d+ ?字：2024 年 1 月 1 日/);
    const en = await runCli(['fill', '--from-previous', file, '--lang', 'en']);
    expect(en.stderr).toMatch(/^Began the 2025 report from 2024's/);
  });
});
