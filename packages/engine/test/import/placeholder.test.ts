import { describe, expect, test } from 'vitest';
import { importText } from '../../src/import/index.js';

const reportText = (overview: string, problems: string, other: string) =>
  [
    '某某县人民政府2024年政府信息公开工作年度报告',
    '一、总体情况',
    overview,
    '二、主动公开政府信息情况',
    '第二十条第（一）项',
    '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
    '规章\t0\t0\t0',
    '五、政府信息公开工作存在的主要问题及改进情况',
    problems,
    '六、其他需要报告的事项',
    other,
  ].join('\n');

describe('the Word template’s placeholders left in a report', () => {
  test('are dropped from the narrative and reported where they stand, in any width or spacing', () => {
    const { report, diagnostics } = importText(
      reportText('（文字描述）', '( 文字描述 )', '（文字描述，收取信息处理费情况在此处报告）'),
    );
    expect(report.narrative).toEqual({ overview: '', problems: '', otherMatters: '' });
    const found = diagnostics.filter((d) => d.code === 'narrative.placeholder');
    expect(found.map((d) => [d.line, d.section])).toEqual([
      [3, 'overview'],
      [9, 'problems'],
      [11, 'otherMatters'],
    ]);
    expect(found[0]?.message).toBe('「（文字描述）」是模板的占位文字，未作为「一、总体情况」的正文导入');
    const en = importText(reportText('（文字描述）', '', ''), { locale: 'en' }).diagnostics;
    expect(en.find((d) => d.code === 'narrative.placeholder')?.message).toBe(
      "“（文字描述）” is the template's placeholder; it was not taken as the text of “Section 1 (Overview)”",
    );
  });

  test('a body’s own text that mentions the words is kept', () => {
    const own = '本机关按要求进行文字描述，全年收取信息处理费0元。';
    const { report, diagnostics } = importText(reportText('本年度工作情况良好。', '无。', own));
    expect(report.narrative.otherMatters).toBe(own);
    expect(diagnostics.some((d) => d.code === 'narrative.placeholder')).toBe(false);
  });
});
