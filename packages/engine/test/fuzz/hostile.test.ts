import { parseReport } from '@gongkai/schema';
import { describe, expect, test } from 'vitest';
import { importReport } from '../../src/import/index.js';

const codes = async (input: string | Uint8Array) =>
  (await importReport(input)).diagnostics.map((d) => d.code);

// Work is bounded structurally (lines, cells, label length, span sizes, digit-run search, diagnostics are
// all capped), so these return; nothing here measures time.
describe('garbage in gives a clear diagnostic and no exception', () => {
  test('an empty string', async () => {
    expect(await codes('')).toEqual(['input.empty']);
    expect(await codes('  \n\t \n')).toEqual(['input.empty']);
  }, 60_000);

  test('a random web page', async () => {
    const page =
      '<html><body><nav>首页 新闻</nav><h1>天气预报</h1><p>明天晴，气温 12 至 20 度。</p><table><tr><td>周一</td><td>12</td></tr></table></body></html>';
    const result = await importReport(page);
    expect(result.kind).toBe('html');
    expect(result.diagnostics.map((d) => d.code)).toContain('input.unrecognized');
  }, 60_000);

  test('binary junk', async () => {
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(await codes(junk)).toEqual(['input.unrecognized']);
  }, 60_000);

  test('a broken PDF goes to the PDF reader, which says it is damaged', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj <<>> endobj\n');
    const result = await importReport(pdf);
    expect(result.kind).toBe('pdf');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['pdf.corrupt']);
    expect(result.diagnostics[0]?.message).toContain('PDF 文件已损坏或不完整');
  }, 30_000);

  test('control characters', async () => {
    const text = '\u0000\u0001一、总体情况\u0007\n二、主动公开政府信息情况\n规章\t1\u0000\t0\t2\n\u001b[31m';
    const { report } = await importReport(text);
    expect(parseReport(report).success).toBe(true);
  }, 60_000);

  test('invalid JSON and JSON that is not a report', async () => {
    expect(await codes('{"formatVersion": ')).toEqual(['json.invalid']);
    expect((await codes('{"formatVersion":"2030"}'))[0]).toBe('json.invalid');
  }, 60_000);
});

describe('hostile inputs return (bounded work)', () => {
  test('a huge text', async () => {
    const line = '规章\t1\t2\t3\n(七) 总计\t0\t0\t0\t0\t0\t0\t0\n这是一行很长的文字。'.repeat(3);
    const { report, diagnostics } = await importReport(line.repeat(40_000));
    expect(parseReport(report).success).toBe(true);
    expect(diagnostics.length).toBeLessThanOrEqual(301);
  }, 60_000);

  test('deeply nested HTML', async () => {
    const depth = 50_000;
    const html = `<html><body>${'<div><table><tr><td>'.repeat(depth)}一、总体情况${'</td></tr></table></div>'.repeat(depth)}</body></html>`;
    const { report } = await importReport(html);
    expect(parseReport(report).success).toBe(true);
  }, 60_000);

  test('unclosed tags, giant spans and a very long cell', async () => {
    const html = `<table><tr><td colspan="999999999" rowspan="99999999">规章<td>${'9'.repeat(100_000)}<tr><td>${'字'.repeat(200_000)}`;
    const { report } = await importReport(html);
    expect(parseReport(report).success).toBe(true);
  }, 60_000);

  test('a long digit run and a line of thousands of cells', async () => {
    const text = `三、收到和处理政府信息公开申请情况\n（一）予以公开\t${'1'.repeat(5000)}\n（二）部分公开\t${'0\t'.repeat(100_000)}`;
    const { report } = await importReport(text);
    expect(parseReport(report).success).toBe(true);
  }, 60_000);
});
