import { describe, expect, it } from 'vitest';
import { unLookAlike } from '../../src/pdf/glyphs.js';

describe('look-alike code points (Chromium maps glyphs to radicals)', () => {
  it('folds Kangxi radicals by NFKC and the radical supplement by its map', () => {
    expect(unLookAlike('⼀、本年新收政府信息公开申请数量')).toBe('一、本年新收政府信息公开申请数量');
    expect(unLookAlike('⾏政复议')).toBe('行政复议');
    expect(unLookAlike('⼈⺠政府')).toBe('人民政府');
    expect(unLookAlike('部⻔ ⻓期 ⻅ ⻜ ⻢')).toBe('部门 长期 见 飞 马');
    // NFKC would give the traditional 戶 (U+6236): the report wrote 门户网站.
    expect(unLookAlike('门⼾网站 ⽤⼾')).toBe('门户网站 用户');
  });

  it('leaves everything else as printed, full-width brackets included', () => {
    expect(unLookAlike('（二）部分公开')).toBe('（二）部分公开');
    expect(unLookAlike('22（其中修订16件）')).toBe('22（其中修订16件）');
  });
});
