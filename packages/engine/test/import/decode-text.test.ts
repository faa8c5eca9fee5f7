import { describe, expect, test } from 'vitest';
import { decodeText } from '../../src/index.js';

const title = '政府信息公开工作年度报告';
const utf8 = new TextEncoder().encode(title);
// TextEncoder writes UTF-8 only: the GB 18030 and UTF-16 bytes are spelled out.
const fromHex = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (h) => Number.parseInt(h, 16));
const gb18030 = fromHex('d5feb8aed0c5cfa2b9abbfaab9a4d7f7c4eab6c8b1a8b8e6');
const utf16le = (text: string) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
    bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return bytes;
};

describe('decodeText, exported for pages that show the text the importer read', () => {
  test('UTF-8', () => {
    expect(decodeText(utf8)).toBe(title);
  });

  test('UTF-8 with a BOM, the BOM dropped', () => {
    expect(decodeText(Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8))).toBe(title);
  });

  test('GB 18030 (GBK) when the bytes are not UTF-8', () => {
    expect(decodeText(gb18030)).toBe(title);
  });

  test('UTF-16LE by its BOM', () => {
    expect(decodeText(utf16le(`${title}\r\n一、总体情况`))).toBe(`${title}\r\n一、总体情况`);
  });

  test('UTF-16BE by its BOM', () => {
    const le = utf16le(title);
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1] as number, le[i] as number];
    expect(decodeText(be)).toBe(title);
  });
});
