/**
 * Every input accounted for: a folder of real corpus files with a PDF, a file that is no report, an
 * unreadable file and broken JSON gives counts that add up to the inputs; nothing checked is never a pass;
 * a report JSON with one bad cell is checked, the cell a located finding.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { derivedDir, publishedDir, reportsDir } from '@gongkai/corpus/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { put, tempDir } from './support/fixtures.js';
import { runCli } from './support/run.js';

const tmp = tempDir();
const pdf = join(publishedDir, '01-huaian-city-gov-2024.pdf');
afterAll(() => tmp.remove());

interface Line {
  file: string;
  ok: boolean;
  error?: string;
  notChecked?: string;
  report?: { agency: string; year: number };
  findings: { rule: string; path: string; location: string; severity: string }[];
  diagnostics: { code: string }[];
}
const parse = (stdout: string): Line[] =>
  stdout
    .trimEnd()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

beforeAll(() => {
  const mixed = join(tmp.dir, 'mixed');
  copyFileSync(join(reportsDir, '04-pingtan-zone-2021.json'), put(join(mixed, 'a.json'), ''));
  copyFileSync(join(publishedDir, '05-pingtan-zone-2022.txt'), put(join(mixed, 'b.txt'), ''));
  copyFileSync(pdf, put(join(mixed, 'c.pdf'), ''));
  put(join(mixed, 'notes.md'), '# 说明\n');
  put(join(mixed, 'd.json'), '{"formatVersion":"2021","year":20');
  writeFileSync(join(mixed, 'e.json'), Buffer.from([0, 1, 2, 3, 255, 254, 0, 7]));
  copyFileSync(pdf, put(join(tmp.dir, 'pdfs', '2024', 'huaian.pdf'), ''));
  copyFileSync(
    join(derivedDir, '01-huaian-city-gov-2024.pages-4-5.scan.pdf'),
    put(join(tmp.dir, 'pdfs', '2024', 'huaian-scan.pdf'), ''),
  );
});

describe('every input is checked or reported as not checked', () => {
  test('a mixed folder: checked + unreadable + not checked = inputs, each named', async () => {
    const r = await runCli(['validate', 'mixed', '--json'], { cwd: tmp.dir });
    const lines = parse(r.stdout);
    expect(lines.map((l) => l.file)).toEqual(
      ['a.json', 'b.txt', 'c.pdf', 'd.json', 'e.json', 'notes.md'].map((f) => `mixed/${f}`),
    );
    const checked = lines.filter((l) => l.report);
    const broken = lines.filter((l) => l.error);
    const notChecked = lines.filter((l) => l.notChecked);
    expect(checked.length + broken.length + notChecked.length).toBe(6);
    expect(broken.map((l) => l.file)).toEqual(['mixed/d.json', 'mixed/e.json']);
    expect(lines.find((l) => l.file === 'mixed/notes.md')?.notChecked).toBe('不是报告文件（.md）');
    // The PDF is checked once a reader can read it, and until then said not to be, with the reason.
    const pdfLine = lines.find((l) => l.file === 'mixed/c.pdf') as Line;
    if (!pdfLine.report) expect(pdfLine.notChecked).toMatch(/PDF/);
    expect(pdfLine.ok).toBe(
      pdfLine.report !== undefined && !pdfLine.findings.some((f) => f.severity === 'error'),
    );
    expect(r.stderr).toContain(
      `共检查 ${checked.length} 份报告，2 个文件无法读取，${notChecked.length} 个文件未检查（`,
    );
    expect(r.stderr).toMatch(/；共 6 个输入\n$/);
    expect(r.stderr).not.toContain('✔');
    expect(r.code).toBe(2);
  });

  test('a folder of PDFs: the one with a text layer checked, the scan accounted for and never a pass', async () => {
    const r = await runCli(['validate', 'pdfs'], { cwd: tmp.dir });
    const lines = parse((await runCli(['validate', 'pdfs', '--json'], { cwd: tmp.dir })).stdout);
    expect(lines).toHaveLength(2);
    const read = lines.find((l) => l.file.endsWith('huaian.pdf'));
    const scan = lines.find((l) => l.file.endsWith('huaian-scan.pdf'));
    expect(read?.report?.agency).toBe('淮安市人民政府');
    expect(read?.notChecked).toBeUndefined();
    expect(scan?.ok).toBe(false);
    expect(r.stdout).toContain('扫描件');
    expect(r.stdout).toMatch(/共检查 1 份报告/);
    expect(r.stdout).not.toContain('✔');
    expect(r.code).toBe(2);
  });

  test('an empty folder and a missing path: nothing checked, exit 2', async () => {
    put(join(tmp.dir, 'empty', '.hidden'), '');
    const empty = await runCli(['validate', 'empty'], { cwd: tmp.dir });
    expect(empty.stdout).toBe('✖ 没有检查任何报告；共检查 0 份报告：没有找到任何文件\n');
    expect(empty.code).toBe(2);
    const missing = await runCli(['validate', 'no-such-folder', '--lang', 'en'], { cwd: tmp.dir });
    expect(missing.stdout).toMatch(
      /✖ no report was checked; 0 reports checked, 1 file unreadable — 1 input in all\n$/,
    );
    expect(missing.code).toBe(2);
  });
});

describe('a report JSON with one invalid cell', () => {
  test('is checked: the −3 is a located cell.invalid, the rest of the report checked too; exit 1', async () => {
    const report = JSON.parse(readFileSync(join(reportsDir, '12-shuyang-county-gov-2025.json'), 'utf8'));
    report.applications.granted.naturalPerson = -3;
    put(join(tmp.dir, 'bad-cell.json'), JSON.stringify(report));
    const r = await runCli(['validate', 'bad-cell.json', '--json'], { cwd: tmp.dir });
    const [line] = parse(r.stdout) as [Line];
    expect(line.error).toBeUndefined();
    const invalid = line.findings.filter((f) => f.rule === 'cell.invalid');
    expect(invalid).toEqual([
      expect.objectContaining({
        path: 'applications.granted.naturalPerson',
        location: '第三部分「（一）予以公开」行「自然人」列',
      }),
    ]);
    // The cell's own sums are checked with the figure as printed.
    expect(line.findings.map((f) => f.rule)).toContain('applications.results-sum');
    expect(r.code).toBe(1);
    const human = await runCli(['validate', 'bad-cell.json'], { cwd: tmp.dir });
    expect(human.stdout).toMatch(
      /\n {2}第三部分「（一）予以公开」行「自然人」列 +错误 +.*「-3」.* applications\.granted\.naturalPerson · cell\.invalid\n/,
    );
  });
});

describe('said once', () => {
  test('a section the import did not find, and a table in the old format: the finding only', async () => {
    const r = await runCli(
      ['validate', join(publishedDir, '15-xizhen-jiaxian-township-2022-FRAGMENT.txt'), '--json'],
      { cwd: tmp.dir },
    );
    const [line] = parse(r.stdout) as [Line];
    const codes = line.diagnostics.map((d) => d.code);
    expect(codes).not.toContain('section.not-found');
    expect(codes).not.toContain('table.other-format');
    expect(line.findings.filter((f) => f.rule === 'structure.missing-section')).toHaveLength(3);
    expect(line.findings.filter((f) => f.rule === 'format.outdated')).toHaveLength(2);
  });

  test('broken JSON: its reason once, not again as a diagnostic', async () => {
    const r = await runCli(['validate', 'mixed/d.json'], { cwd: tmp.dir });
    expect(r.stdout.match(/JSON 报告不合格式/g)).toHaveLength(1);
  });
});
