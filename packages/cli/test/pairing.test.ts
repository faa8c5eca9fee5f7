/**
 * Years paired by themselves, on the corpus' consecutive years (平潭 2021–2022): a folder run finds the
 * same cross-year findings as `--previous`; names with and without the region prefix are one body; a
 * renames file pairs a renamed body; reports without a previous year are said to have none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedDir, reportsDir } from '@gongkai/corpus/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
// @ts-expect-error: plain ES module shared with the benchmark
import { corpusReports, variant } from '../bench/generate.mjs';
import { bodyIdentity, sameBody } from '../src/pairing/identity.js';
import { put, tempDir } from './support/fixtures.js';
import { runCli } from './support/run.js';

const tmp = tempDir();
afterAll(() => tmp.remove());

const read = (f: string) => JSON.parse(readFileSync(join(reportsDir, f), 'utf8'));
interface Line {
  file: string;
  previous?: { file: string | null; reason?: string };
  findings: { rule: string; path: string; message: string }[];
}
const lines = (stdout: string): Line[] =>
  stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l));
const crossYear = (l: Line) =>
  l.findings.filter((f) => f.rule.startsWith('cross-year.') || f.rule === 'narrative.repeated-text');

beforeAll(() => {
  // Last year's report carried one request more forward than this year's carries over.
  const y2021 = read('04-pingtan-zone-2021.json');
  y2021.applications.carriedForward.naturalPerson += 1;
  // Published under its full name one year and its short name the next: one body.
  y2021.agency.name = '福建省平潭综合实验区';
  put(join(tmp.dir, 'province', '2021', 'pingtan.json'), JSON.stringify(y2021));
  put(join(tmp.dir, 'province', '2022', 'pingtan.json'), JSON.stringify(read('05-pingtan-zone-2022.json')));
  put(
    join(tmp.dir, 'province', '2025', 'shuyang.json'),
    JSON.stringify(read('12-shuyang-county-gov-2025.json')),
  );
  put(join(tmp.dir, 'previous-2021.json'), JSON.stringify(y2021));
});

describe('a folder of several years', () => {
  test('finds last year by itself: the same cross-year findings as --previous', async () => {
    const folder = await runCli(['validate', 'province', '--json'], { cwd: tmp.dir });
    const byFile = new Map(lines(folder.stdout).map((l) => [l.file, l]));
    const paired = byFile.get('province/2022/pingtan.json') as Line;
    expect(paired.previous).toEqual({ file: 'province/2021/pingtan.json' });
    const explicit = await runCli(
      ['validate', join('province', '2022', 'pingtan.json'), '--json', '--previous', 'previous-2021.json'],
      { cwd: tmp.dir },
    );
    const [alone] = lines(explicit.stdout) as [Line];
    expect(crossYear(alone).length).toBeGreaterThan(0);
    expect(crossYear(paired)).toEqual(crossYear(alone));
    expect(crossYear(paired).map((f) => f.path)).toContain('applications.carriedOver.naturalPerson');
    expect(folder.code).toBe(1);
  });

  test('says which reports had no previous year, and counts both', async () => {
    const r = await runCli(['validate', 'province'], { cwd: tmp.dir });
    expect(r.stdout).toMatch(
      /province\/2021\/pingtan\.json {2}— {2}福建省平潭综合实验区 · 2021 年度 · .* · 没有同一机关 2020 年度的报告，未作跨年度核对/,
    );
    expect(r.stdout).toMatch(
      /province\/2022\/pingtan\.json {2}— {2}平潭综合实验区 · 2022 年度 · .* · 上一年度：province\/2021\/pingtan\.json/,
    );
    expect(r.stdout).toMatch(/；1 份与同一机关上一年度的报告对照核对，2 份没有上一年度报告\n$/);
    // 沭阳县 2025 has no problem to print: it is still named, under the year it lacked.
    expect(r.stdout).toContain(
      '1 份报告没有问题，但没有上一年度报告可对照，未作跨年度核对：\n  缺 2024 年度（1 份）：  province/2025/shuyang.json\n',
    );
    const en = await runCli(['validate', 'province', '--lang', 'en'], { cwd: tmp.dir });
    expect(en.stdout).toContain('  no report of 2024 (1):  province/2025/shuyang.json\n');
    const json = lines((await runCli(['validate', 'province', '--json'], { cwd: tmp.dir })).stdout);
    expect(json.find((l) => l.file.endsWith('shuyang.json'))?.previous).toMatchObject({
      file: null,
      kind: 'none',
      year: 2024,
    });
  });

  test('--no-pair checks each year alone', async () => {
    const r = await runCli(['validate', 'province', '--json', '--no-pair'], { cwd: tmp.dir });
    for (const l of lines(r.stdout)) {
      expect(l.previous).toBeUndefined();
      expect(crossYear(l)).toEqual([]);
    }
  });

  test('a renames file pairs a body renamed in a reorganisation', async () => {
    const renamed = read('04-pingtan-zone-2021.json');
    renamed.agency.name = '平潭综合实验区管委会';
    put(join(tmp.dir, 'renamed', 'a.json'), JSON.stringify(renamed));
    put(join(tmp.dir, 'renamed', 'b.json'), JSON.stringify(read('05-pingtan-zone-2022.json')));
    put(join(tmp.dir, 'renames.json'), JSON.stringify({ 平潭综合实验区管委会: '平潭综合实验区' }));
    const without = lines((await runCli(['validate', 'renamed', '--json'], { cwd: tmp.dir })).stdout);
    expect(without[1]?.previous?.file).toBeNull();
    const withRenames = lines(
      (await runCli(['validate', 'renamed', '--json', '--renames', 'renames.json'], { cwd: tmp.dir })).stdout,
    );
    expect(withRenames[1]?.previous).toEqual({ file: 'renamed/a.json' });
    const bad = await runCli(['validate', 'renamed', '--renames', 'nope.json'], { cwd: tmp.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--renames nope.json：文件不存在');
  });

  test('published texts pair too: the corpus’ 平潭 2021 and 2022 as copied off the portal', async () => {
    const r = await runCli(
      [
        'validate',
        join(publishedDir, '04-pingtan-zone-2021.txt'),
        join(publishedDir, '05-pingtan-zone-2022.txt'),
        '--json',
      ],
      { cwd: tmp.dir },
    );
    const [, y2022] = lines(r.stdout) as [Line, Line];
    expect(y2022.previous?.file).toMatch(/04-pingtan-zone-2021\.txt$/);
    // The expected results of the corpus: no cross-year errors between the two published years.
    expect(crossYear(y2022).filter((f) => f.rule === 'cross-year.carry-over')).toEqual([]);
  });
});

describe('stats over several years', () => {
  test('each body’s years side by side: two 鼓楼区 of two cities two rows, 平潭 long and short one', async () => {
    for (const [city, code] of [
      ['南京市', 'nj'],
      ['福州市', 'fz'],
    ] as const)
      for (const year of [2021, 2022]) {
        const report = read(year === 2021 ? '04-pingtan-zone-2021.json' : '05-pingtan-zone-2022.json');
        report.agency.name = `${city}鼓楼区人民政府`;
        put(join(tmp.dir, 'gulou', `${code}-${year}.json`), JSON.stringify(report));
      }
    put(
      join(tmp.dir, 'gulou', 'pt-2021.json'),
      JSON.stringify({
        ...read('04-pingtan-zone-2021.json'),
        agency: { ...read('04-pingtan-zone-2021.json').agency, name: '福建省平潭综合实验区' },
      }),
    );
    put(join(tmp.dir, 'gulou', 'pt-2022.json'), JSON.stringify(read('05-pingtan-zone-2022.json')));
    const r = await runCli(['stats', 'gulou'], { cwd: tmp.dir });
    const table = r.stdout.slice(r.stdout.indexOf('各机关历年情况'));
    const rows = table.split('\n').filter((l) => /鼓楼区|平潭/.test(l));
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).not.toContain('—');
    expect(rows.filter((l) => l.includes('鼓楼区人民政府'))).toHaveLength(2);
  });
});

describe('on worker threads, over batches', () => {
  test('last year taken from the same batch or read again: the same findings either way', async () => {
    // 80 bodies of two years: side by side (last year mostly in the same batch of 64), and in one
    // folder per year (last year always in another batch, read again).
    const bases = corpusReports(reportsDir);
    for (let i = 0; i < 160; i++) {
      const report = variant(bases, i, 2);
      const name = `r${String(i).padStart(3, '0')}.json`;
      put(join(tmp.dir, 'side', name), JSON.stringify(report));
      put(join(tmp.dir, 'apart', String(report.year), name), JSON.stringify(report));
    }
    const run = async (folder: string) => {
      const r = await runCli(['validate', folder, '--json', '--workers', '2'], { cwd: tmp.dir });
      expect(r.stderr).toContain('；80 份与同一机关上一年度的报告对照核对，80 份没有上一年度报告');
      const byBody = new Map<string, unknown>();
      for (const l of lines(r.stdout) as (Line & { report: { agency: string; year: number } })[])
        byBody.set(`${l.report.agency} ${l.report.year}`, {
          previous: l.previous?.file != null,
          f: l.findings,
        });
      return byBody;
    };
    const side = await run('side');
    const apart = await run('apart');
    expect(side.size).toBe(160);
    expect(apart).toEqual(side);
    const withCrossYear = [...side.values()].filter((v) =>
      (v as { f: Line['findings'] }).f.some((f) => f.rule.startsWith('cross-year.')),
    );
    expect(withCrossYear.length).toBeGreaterThan(0);
  });
});

describe('who a body is', () => {
  test('with or without the region prefix', () => {
    const long = bodyIdentity('淮安市洪泽区人民政府');
    const short = bodyIdentity('洪泽区人民政府');
    expect(long).toEqual({ short: '洪泽区人民政府', prefix: '淮安市' });
    expect(sameBody(long, short)).toBe(true);
    expect(bodyIdentity('江苏省淮安市洪泽区人民政府').prefix).toBe('江苏省淮安市');
    expect(sameBody(bodyIdentity('江苏省淮安市洪泽区人民政府'), long)).toBe(true);
    // A city's own government keeps its name: 人民政府 alone names no body.
    expect(bodyIdentity('淮安市人民政府').short).toBe('淮安市人民政府');
    expect(bodyIdentity('淮安市市场监督管理局').short).toBe('淮安市市场监督管理局');
    expect(bodyIdentity('宿迁市沭阳县发展和改革局').short).toBe('沭阳县发展和改革局');
    expect(bodyIdentity('沭阳县章集镇人民政府').short).toBe('章集镇人民政府');
  });

  test('two 鼓楼区 of two cities, or two region codes, are two bodies', () => {
    expect(sameBody(bodyIdentity('南京市鼓楼区人民政府'), bodyIdentity('福州市鼓楼区人民政府'))).toBe(false);
    expect(sameBody(bodyIdentity('鼓楼区人民政府', '320106'), bodyIdentity('鼓楼区人民政府', '350102'))).toBe(
      false,
    );
    expect(sameBody(bodyIdentity('鼓楼区人民政府', '320106'), bodyIdentity('南京市鼓楼区人民政府'))).toBe(
      true,
    );
    // Full-width brackets and spaces as published are the same name.
    expect(bodyIdentity('平潭 综合实验区（管委会）').short).toBe(
      bodyIdentity('平潭综合实验区(管委会)').short,
    );
  });
});
