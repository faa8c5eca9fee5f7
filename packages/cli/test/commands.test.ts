/** `import`, `fill`, `render` and `stats`, end to end, on the corpus. */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedDir, reportsDir } from '@gongkai/corpus/node';
import { parseReport } from '@gongkai/schema';
import { afterAll, describe, expect, test } from 'vitest';
import { put, tempDir } from './support/fixtures.js';
import { runCli } from './support/run.js';

const tmp = tempDir();
afterAll(() => tmp.remove());

const text = join(publishedDir, 'xinglingzi-township-2024.txt');
const page = join(publishedDir, 'html', 'shuyang-drc-2023.html');
const json = join(reportsDir, '12-shuyang-county-gov-2025.json');

describe('import', () => {
  test('one published text: its report JSON on stdout, the same as the corpus fixture', async () => {
    const r = await runCli(['import', text]);
    expect(r.code).toBe(0);
    const parsed = parseReport(JSON.parse(r.stdout));
    expect(parsed.success).toBe(true);
    const fixture = JSON.parse(readFileSync(join(reportsDir, 'xinglingzi-township-2024.json'), 'utf8'));
    expect(JSON.parse(r.stdout).applications).toEqual(fixture.applications);
  });

  test('sniffs the content, not the extension: an HTML page saved as .txt', async () => {
    const disguised = join(tmp.dir, 'page.txt');
    copyFileSync(page, disguised);
    const r = await runCli(['import', disguised]);
    const fixture = JSON.parse(readFileSync(join(reportsDir, 'html-shuyang-drc-2023.json'), 'utf8'));
    expect(JSON.parse(r.stdout).applications).toEqual(fixture.applications);
  });

  test('several files: one report per line (what validate and stats read)', async () => {
    const r = await runCli(['import', text, page]);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(parseReport(JSON.parse(line)).success).toBe(true);
  });

  test('-o dir: a JSON file each; an unreadable file is reported on stderr and exits 2', async () => {
    const empty = put(join(tmp.dir, 'empty.html'), '   \n');
    const out = join(tmp.dir, 'imported');
    const r = await runCli(['import', text, empty, page, '-o', out]);
    expect(readdirSync(out).sort()).toEqual(['shuyang-drc-2023.json', 'xinglingzi-township-2024.json']);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('输入为空，没有可读取的内容');
    expect(r.code).toBe(2);
  });

  test('Word and Excel files, told apart by their content: the blank template, and a workbook round trip', async () => {
    const docx = await runCli(['import', join(publishedDir, 'official-template-2021-blank.docx')]);
    expect(parseReport(JSON.parse(docx.stdout)).success).toBe(true);
    const workbook = join(tmp.dir, 'report.bin');
    await runCli(['render', json, '--to', 'xlsx', '-o', workbook]);
    const back = await runCli(['import', workbook]);
    expect(JSON.parse(back.stdout).applications).toEqual(JSON.parse(readFileSync(json, 'utf8')).applications);
  });

  test('the importer’s notes go to stderr, with line numbers', async () => {
    const r = await runCli(['import', join(publishedDir, '15-xizhen-jiaxian-township-2022-FRAGMENT.txt')]);
    expect(r.stderr).toMatch(/15-xizhen-jiaxian-township-2022-FRAGMENT\.txt\n/);
    expect(r.stderr).toMatch(/(第 \d+ 行|[a-z]+)\s+(错误|警告)\s+.+\s+[a-z]+\.[a-z-]+\n/);
    expect(parseReport(JSON.parse(r.stdout)).success).toBe(true);
  });
});

describe('fill', () => {
  test('fills the derivable totals and says which', async () => {
    const report = JSON.parse(readFileSync(json, 'utf8'));
    report.applications.newReceived.total = null;
    report.appeals.review.total = null;
    const file = put(join(tmp.dir, 'blank-totals.json'), JSON.stringify(report));
    const r = await runCli(['fill', file]);
    expect(r.code).toBe(0);
    const filled = JSON.parse(r.stdout);
    const original = JSON.parse(readFileSync(json, 'utf8'));
    expect(filled.applications.newReceived.total).toBe(original.applications.newReceived.total);
    expect(filled.appeals.review.total).toBe(original.appeals.review.total);
    expect(r.stderr).toMatch(/^填入 \d+ 个合计：.*applications\.newReceived\.total/);
  });

  test('an unreadable file: exit 2 with the reason', async () => {
    const r = await runCli(['fill', join(tmp.dir, 'nothing.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nothing\.json：文件不存在/);
  });
});

describe('render', () => {
  test('html: a standalone page with the server-rendered report and the inlined component script', async () => {
    const r = await runCli(['render', json, '--to', 'html']);
    expect(r.code).toBe(0);
    const html = r.stdout;
    expect(html).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    const agency = JSON.parse(readFileSync(json, 'utf8')).agency.name;
    expect(html).toContain(`<title>${agency}2025年政府信息公开工作年度报告</title>`);
    expect(html).toMatch(/<gk-report[^>]*>\s*<template shadowroot(mode)?="open"/);
    // The figures are in the markup itself, before any script runs.
    expect(html).toContain('<table');
    expect(html).toContain('<script type="application/json">');
    expect(html).toMatch(/<script type="module">\n[\s\S]*customElements[\s\S]*<\/script>\n<\/body>/);
    expect(html).not.toMatch(/sourceMappingURL/);
  });

  test('html in English', async () => {
    const r = await runCli(['render', json, '--to', 'html', '--lang', 'en']);
    expect(r.stdout).toMatch(/<html lang="en">/);
    expect(r.stdout).toMatch(/<gk-report\s+lang="en"/);
  });

  test('md, txt, csv; the format from -o when --to is not given', async () => {
    const md = await runCli(['render', json, '--to', 'md']);
    expect(md.stdout).toMatch(/^#/);
    expect(md.stdout).toContain('|');
    const txt = await runCli(['render', json, '--to', 'txt']);
    expect(txt.stdout).toContain('三、收到和处理政府信息公开申请情况');
    const out = join(tmp.dir, 'report.csv');
    const csv = await runCli(['render', json, '-o', out]);
    expect(csv.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('applications.newReceived.total');
  });

  test('xlsx to a file', async () => {
    const out = join(tmp.dir, 'report.xlsx');
    const r = await runCli(['render', json, '--to', 'xlsx', '-o', out]);
    expect(r.code).toBe(0);
    expect([...readFileSync(out).subarray(0, 2)]).toEqual([0x50, 0x4b]);
  });

  test('an unknown format is a usage error naming the choices', async () => {
    const r = await runCli(['render', json, '--to', 'doc']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--to 应为 html|md|txt|csv|xlsx|docx|pdf 之一');
  });
});

describe('stats', () => {
  test('-o out.html: a static dashboard with SVG charts and no script, and the same figures as CSV', async () => {
    const dir = join(tmp.dir, 'stats-in');
    for (const f of readdirSync(reportsDir)) copyFileSync(join(reportsDir, f), put(join(dir, f), ''));
    writeFileSync(join(dir, 'broken.json'), '{');
    const r = await runCli(['stats', dir, '-o', join(tmp.dir, 'out', 'stats.html')]);
    // The unreadable file is listed, and shows in the exit code as it does for validate.
    expect(r.code).toBe(2);
    const html = readFileSync(join(tmp.dir, 'out', 'stats.html'), 'utf8');
    expect(html.match(/<svg /g)?.length).toBe(5);
    expect(html).toContain('最可能填错的单元格');
    expect(html).not.toMatch(/<script/);
    expect(html).toContain('各规则：出现该问题的报告数');
    expect(html).toMatch(/生成时间 \d{4}-\d\d-\d\d \d\d:\d\d（北京时间）/);
    expect(html).toContain('structure.missing-section');
    expect(html).toContain('优先查看的报告');
    expect(html).toContain('15-xizhen-jiaxian-township-2022-FRAGMENT.json');
    expect(html).toContain('无法读取的文件');
    const csv = readFileSync(join(tmp.dir, 'out', 'stats.csv'), 'utf8');
    expect(csv.startsWith('\ufeffview,key,label,rule,count,total,share,errors,warnings,detail\r\n')).toBe(
      true,
    );
    expect(csv).toContain('\r\ntotal,reports,检查的报告,,10,10,');
    expect(csv).toMatch(/\r\nrule,structure\.missing-section,[^,]+,structure\.missing-section,1,10,0\.1000,/);
    expect(csv).toMatch(/\r\nlevel,township,/);
    expect(csv).toMatch(/\r\nyear,2022,2022,,/);
    expect(csv).toMatch(/\r\nunreadable,.*broken\.json,/);
    expect(r.stderr).toContain('1 个文件无法读取');
  });

  test('without -o: the survey as text; in English', async () => {
    const r = await runCli(['stats', reportsDir, '--lang', 'en']);
    expect(r.stdout).toMatch(/^10 reports checked, 1 \(10\.0%\) with errors\n/);
    expect(r.stdout).toContain('Reports with each problem (errors, then warnings)');
    expect(r.stdout).toContain('Reports to look at first');
  });

  test('-o must be .html or .csv', async () => {
    const r = await runCli(['stats', reportsDir, '-o', 'x.pdf']);
    expect(r.code).toBe(2);
  });
});

describe('help', () => {
  test('gongkai --help lists every command, in Chinese first', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['import', 'validate', 'fill', 'render', 'stats']) expect(r.stdout).toContain(`  ${c} `);
  });

  test('a command’s help in English', async () => {
    const r = await runCli(['validate', '--help', '--lang', 'en']);
    expect(r.stdout).toMatch(/^Usage: gongkai validate/);
  });
});
