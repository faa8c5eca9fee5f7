import { describe, expect, test } from 'vitest';
import { signatureOf, signOffLines } from '../../src/export/index.js';

describe('the signature (落款) at the end of section 六', () => {
  test.each([
    [['2023年度未发生收费情况。', '沭阳县发展和改革局', '2024年1月17日'], 2],
    [['无。', '二〇二四年一月十七日'], 1],
    [['2024年1月17日'], 1],
    // A print of a report signed with a blank date, read back.
    [['全年收取信息处理费3940元。', '淮安市人民政府', '年 月 日'], 2],
    [['无。', '杏岭子乡人民政府', '　　年　　月　　日'], 2],
    [['本年度未收取信息处理费。'], 0],
    [['无'], 0],
    [['全年收取信息处理费3940元。', '2025年1月'], 0],
    [[], 0],
  ])('%j → %i lines of signature', (lines, count) => {
    expect(signOffLines(lines)).toBe(count);
  });

  test('a report without one is signed with its agency and the given date, else a blank date', () => {
    const report = { agency: { name: '杏岭子乡人民政府' }, narrative: { otherMatters: '无' } };
    expect(signatureOf(report, '2025年1月20日')).toEqual({
      lines: ['杏岭子乡人民政府', '2025年1月20日'],
      own: false,
    });
    expect(signatureOf(report).lines[1]).toBe('　　年　　月　　日');
    const signed = { ...report, narrative: { otherMatters: '无。\n杏岭子乡人民政府\n2025年1月20日' } };
    expect(signatureOf(signed)).toEqual({ lines: ['杏岭子乡人民政府', '2025年1月20日'], own: true });
  });
});
