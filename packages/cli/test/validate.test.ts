/** `gongkai validate`, end to end: the built command in its own process, on corpus and generated files. */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedDir, reportsDir } from '@gongkai/corpus/node';
import { afterAll, describe, expect, test } from 'vitest';
import { put, tempDir } from './support/fixtures.js';
import { runCli } from './support/run.js';

const tmp = tempDir();
afterAll(() => tmp.remove());

const clean = join(reportsDir, '12-shuyang-county-gov-2025.json');
const fragment = join(reportsDir, '15-xizhen-jiaxian-township-2022-FRAGMENT.json');

describe('one report', () => {
  test('errors: exit 1, under the file with its body, year and level; Chinese place first, then address and rule', async () => {
    const r = await runCli(['validate', fragment], { cwd: reportsDir });
    expect(r.code).toBe(1);
    const [header, ...lines] = r.stdout.split('\n');
    expect(header).toBe(
      '15-xizhen-jiaxian-township-2022-FRAGMENT.json  —  螅镇 · 2022 年度 · 乡镇人民政府、街道办事处',
    );
    expect(lines[0]).toMatch(
      /^ {2}四、政府信息公开行政复议、行政诉讼情况 +错误 +缺少「四、政府信息公开行政复议、行政诉讼情况」.* appeals · structure\.missing-section$/,
    );
    // One rule's findings in one section share a line: the 23 blank rows of section 三 are one line.
    const blank = lines.filter((l) => l.includes('cell.blank'));
    expect(blank).toHaveLength(2);
    expect(blank[1]).toMatch(
      /^ {2}第三部分 +警告 +单元格空白：23 行的同样 7 列（「自然人」.*）空白——「一、本年新收政府信息公开申请数量」行；/,
    );
    expect(r.stdout).toMatch(/✖ 1 份报告共 3 个错误，\d+ 个警告.*；共检查 1 份报告\n$/);
    // Not a terminal: no colour codes.
    expect(r.stdout).not.toContain('\x1b[');
    expect(r.stderr).toBe('');
  });

  test('colours when forced (as on a terminal)', async () => {
    const r = await runCli(['validate', fragment], { env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(r.stdout).toContain('\x1b[31m错误');
  });

  test('--info also lists the checks that could not be made', async () => {
    const plain = await runCli(['validate', fragment]);
    const withInfo = await runCli(['validate', fragment, '--info']);
    expect(plain.stdout).not.toMatch(/ 提示 /);
    expect(withInfo.stdout).toMatch(/ {2}提示 {2}无法核对「/);
  });

  test('a report without errors exits 0', async () => {
    const r = await runCli(['validate', clean]);
    expect(r.stdout).toContain('✔ 没有错误');
    expect(r.code).toBe(0);
  });

  test('--lang en', async () => {
    const r = await runCli(['validate', fragment, '--lang', 'en']);
    expect(r.stdout).toMatch(
      /^ {2}Section 4 \(Administrative reviews.*\) +error +Section 4 .*appeals · structure\.missing-section$/m,
    );
    expect(r.stdout).toMatch(/✖ 3 errors in 1 report, \d+ warnings.*; 1 report checked\n$/);
  });

  test('a published text report is imported, then validated, with the importer’s notes', async () => {
    const r = await runCli(['validate', join(publishedDir, 'xinglingzi-township-2024.txt'), '--json']);
    const line = JSON.parse(r.stdout);
    expect(line.file).toMatch(/xinglingzi-township-2024\.txt$/);
    expect(Array.isArray(line.diagnostics)).toBe(true);
    expect(line.findings.some((f: { rule: string }) => f.rule === 'narrative.fees-unreported')).toBe(true);
  });

  test('--previous brings in the cross-year rules', async () => {
    const current = join(reportsDir, '05-pingtan-zone-2022.json');
    const crossYear = (l: { findings: { rule: string; path: string }[] }) =>
      l.findings.filter((f) => f.rule.startsWith('cross-year.')).map((f) => `${f.rule} ${f.path}`);
    const matching = join(reportsDir, '04-pingtan-zone-2021.json');
    const matched = JSON.parse(
      (await runCli(['validate', current, '--json', '--previous', matching])).stdout,
    );
    expect(crossYear(matched)).toEqual([]);
    // Last year's report carried one request forward that this year's does not carry over.
    const report = JSON.parse(readFileSync(matching, 'utf8'));
    report.applications.carriedForward.naturalPerson += 1;
    const previous = put(join(tmp.dir, 'previous.json'), JSON.stringify(report));
    const r = await runCli(['validate', current, '--json', '--previous', previous]);
    expect(crossYear(JSON.parse(r.stdout))).toContain(
      'cross-year.carry-over applications.carriedOver.naturalPerson',
    );
    expect(r.code).toBe(1);
  });
});

describe('--json', () => {
  test('one JSON object per input per line, in input order; summary on stderr', async () => {
    const r = await runCli(['validate', reportsDir, '--json']);
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(10);
    expect(lines.map((l) => l.file)).toEqual([...lines.map((l) => l.file)].sort());
    for (const l of lines) {
      // A folder: years are paired, so each line says which report was last year's (or that there was none).
      expect(Object.keys(l)).toEqual(['file', 'ok', 'report', 'previous', 'findings', 'diagnostics']);
      expect(l.report).toMatchObject({ agency: expect.any(String), year: expect.any(Number) });
      expect(l.ok).toBe(!l.findings.some((f: { severity: string }) => f.severity === 'error'));
      for (const f of l.findings)
        expect(f).toMatchObject({
          location: expect.stringMatching(/^(第|[一二三四五六]、)/),
          rule: expect.any(String),
          severity: expect.any(String),
          path: expect.any(String),
          message: expect.any(String),
        });
    }
    expect(r.stderr).toMatch(/共检查 10 份报告/);
    expect(r.code).toBe(1);
  });

  test('an NDJSON file of reports: one line out per report in, named file:line', async () => {
    const ndjson = join(tmp.dir, 'province.ndjson');
    const reports = [clean, fragment, clean].map((f) => JSON.stringify(JSON.parse(readFileSync(f, 'utf8'))));
    put(ndjson, `${reports[0]}\n\n${reports[1]}\n{"not":"a report"}\n${reports[2]}\n`);
    const r = await runCli(['validate', ndjson, '--json'], { cwd: tmp.dir });
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.file, l.ok])).toEqual([
      ['province.ndjson:1', true],
      ['province.ndjson:3', false],
      ['province.ndjson:4', false],
      ['province.ndjson:5', true],
    ]);
    expect(lines[2].error).toMatch(/JSON 报告不合格式/);
    expect(r.code).toBe(2);
  });
});

describe('usage and unreadable input: exit 2, saying why', () => {
  test('no input', async () => {
    const r = await runCli(['validate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('gongkai：请指定要校验的文件或文件夹（参见 gongkai --help）\n');
  });

  test('unknown option, in English', async () => {
    const r = await runCli(['validate', clean, '--frobnicate', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('gongkai: unknown option --frobnicate (see gongkai --help)\n');
  });

  test('unknown command', async () => {
    const r = await runCli(['check', clean]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('未知命令「check」');
  });

  test('a missing file is reported and counted; the other files are still checked', async () => {
    const r = await runCli(['validate', 'nope.json', clean], { cwd: tmp.dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^nope\.json\n {2,}错误 +文件或文件夹不存在 +input\n/);
    expect(r.stdout).toMatch(
      /共检查 1 份报告，1 个文件无法读取；0 份与同一机关上一年度的报告对照核对，1 份没有上一年度报告；共 2 个输入\n$/,
    );
    expect(r.stdout).not.toContain('✔');
  });

  test('an unreadable --previous is a usage error', async () => {
    const r = await runCli(['validate', clean, '--previous', join(tmp.dir, 'missing.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--previous .*missing\.json：文件不存在/);
  });

  test('a glob that matches nothing', async () => {
    const r = await runCli(['validate', 'reports/**/*.json'], { cwd: tmp.dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('没有文件与 reports/**/*.json 匹配');
  });

  test('globs are expanded by the command itself (quoted from the shell)', async () => {
    const dir = join(tmp.dir, 'glob');
    copyFileSync(clean, put(join(dir, 'a', 'one.json'), ''));
    copyFileSync(fragment, put(join(dir, 'b', 'two.json'), ''));
    const r = await runCli(['validate', 'glob/**/*.json', '--json'], { cwd: tmp.dir });
    expect(
      r.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).file),
    ).toEqual(['glob/a/one.json', 'glob/b/two.json']);
  });
});
