/** `gongkai render --to docx|pdf`: the Word file of the official template, and the page printed by Chromium. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportsDir } from '@gongkai/corpus/node';
import { importReport, signatureOf } from '@gongkai/engine';
import { formatsOf, getCell, layoutOf, type Report } from '@gongkai/schema';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tempDir } from './support/fixtures.js';
import { runCli } from './support/run.js';

const tmp = tempDir();
afterAll(() => tmp.remove());

const json = join(reportsDir, '01-huaian-city-gov-2024.json');
const report = JSON.parse(readFileSync(json, 'utf8')) as Report;

describe('render --to docx', () => {
  test('the Word file reads back to the same report; -o x.docx alone picks the format', async () => {
    const out = join(tmp.dir, 'report.docx');
    const r = await runCli(['render', json, '-o', out]);
    expect(r.code).toBe(0);
    const bytes = new Uint8Array(readFileSync(out));
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    const back = await importReport(bytes);
    expect(back.kind).toBe('docx');
    expect(back.report).toEqual(report);
  });
});

describe('render --to pdf', () => {
  const out = join(tmp.dir, 'report.pdf');
  let text = '';
  let info = '';
  const words: { xMax: number; page: number; text: string }[] = [];

  beforeAll(async () => {
    const env = process.env.CHROMIUM_PATH ? { CHROMIUM_PATH: process.env.CHROMIUM_PATH } : undefined;
    const r = await runCli(['render', json, '--to', 'pdf', '-o', out], env ? { env } : {});
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
    const bbox = execFileSync('pdftotext', ['-bbox', out, '-'], { encoding: 'utf8' });
    let page = 0;
    for (const line of bbox.split('\n')) {
      if (line.includes('<page ')) page++;
      const m = line.match(/<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/);
      if (m) words.push({ xMax: Number(m[1]), page, text: m[2] as string });
    }
  }, 120_000);

  test('A4 pages, every figure in its text, the signature at the end', () => {
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(info).toMatch(/Page size:\s+59[56]\.\d+ x 84[12]\.\d+ pts \(A4\)/);
    expect(Number(info.match(/Pages:\s+(\d+)/)?.[1])).toBeGreaterThan(1);
    // The page groups thousands (3,050): compare the digits.
    const tokens = text.split(/\s+/).map((t) => t.replace(/,/g, ''));
    const counts = new Map<string, number>();
    for (const cell of layoutOf(formatsOf(report)).cells) {
      const value = getCell(report, cell.address);
      if (value !== null) counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
    }
    for (const [figure, times] of counts) {
      expect(tokens.filter((t) => t === figure).length, figure).toBeGreaterThanOrEqual(times);
    }
    expect(text).toMatch(/第\s*1\s*页\s*\/\s*共/);
    expect(
      text
        .trimEnd()
        .split('\n')
        .filter((l) => l.trim() !== '' && !/页\s*\/\s*共/.test(l))
        .at(-2),
    ).toBe(report.agency.name);
  });

  test('a table running over a page repeats its header rows on the next', () => {
    const rows = ['本年新收政府信息公开申请数量', '属于国家秘密', '信访举报投诉类申请', '结转下年度继续办理'];
    const pages = text.split('\f').filter((p) => rows.some((r) => p.replace(/\s+/g, '').includes(r)));
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) expect(p).toContain('申请人情况');
  });

  test('nothing is cut at the right edge: every word ends inside the page margin', () => {
    const right = 595.3 - 42.5; // A4 less the 15 mm margin, in points
    const outside = words.filter((w) => w.xMax > right + 1);
    expect(outside).toEqual([]);
    expect(words.some((w) => w.text === '行政诉讼')).toBe(true);
  });

  test('the printed PDF reads back: every cell, no warning, the text, and the signature it printed', async () => {
    const back = await importReport(new Uint8Array(readFileSync(out)));
    expect(back.kind).toBe('pdf');
    const got = back.report;
    for (const cell of layoutOf(formatsOf(report)).cells)
      expect(getCell(got, cell.address), cell.address).toBe(getCell(report, cell.address));
    // The template's note over table 三, wrapped in its narrow cell, and the merged labels （五）不予处理 and
    // （六）其他处理 on either side of a page break once gave three warnings.
    expect(back.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const prose = (t: string) => t.replace(/\s+/g, '');
    expect(prose(got.narrative.overview)).toBe(prose(report.narrative.overview));
    expect(prose(got.narrative.problems)).toBe(prose(report.narrative.problems));
    // What is read is kept: the signature the page added (the agency, a date to write in) ends 六.
    expect(prose(got.narrative.otherMatters)).toBe(
      `${prose(report.narrative.otherMatters)}${report.agency.name}年月日`,
    );
    // Printed again, the report is signed with those lines, once: not signed anew under them.
    expect(signatureOf(got)).toMatchObject({ own: true, lines: [report.agency.name, '年 月 日'] });
  }, 60_000);

  test('a report whose 六 ends with its own signature prints and reads back exactly, with no warning', async () => {
    const source = join(reportsDir, '09-shuyang-county-drc-2023.json');
    const own = JSON.parse(readFileSync(source, 'utf8')) as Report;
    const pdf = join(tmp.dir, 'shuyang.pdf');
    const r = await runCli(['render', source, '--to', 'pdf', '-o', pdf]);
    expect(r.code).toBe(0);
    const back = await importReport(new Uint8Array(readFileSync(pdf)));
    for (const cell of layoutOf(formatsOf(own)).cells)
      expect(getCell(back.report, cell.address), cell.address).toBe(getCell(own, cell.address));
    // Table 二's 「信息内容」 at the foot of page 1 and the next sub-table's at the top of page 2 were once
    // read as one stack, 「信息内容信息内容」, out of place.
    expect(back.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const prose = (t: string) => t.replace(/\s+/g, '');
    for (const id of ['overview', 'problems', 'otherMatters'] as const)
      expect(prose(back.report.narrative[id]), id).toBe(prose(own.narrative[id]));
    expect(back.report.agency).toEqual(own.agency);
  }, 60_000);

  test('without Chromium: a clear Chinese message saying how to get one', async () => {
    const r = await runCli(['render', json, '--to', 'pdf', '-o', join(tmp.dir, 'none.pdf')], {
      env: { CHROMIUM_PATH: join(tmp.dir, 'no-chromium') },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--to pdf 需要 Chromium 浏览器');
    expect(r.stderr).toContain('CHROMIUM_PATH');
  });
});
