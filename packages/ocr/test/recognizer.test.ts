import { describe, expect, it } from 'vitest';
import { numberedLabel } from '../src/recognizer.js';

describe('numberedLabel', () => {
  it('puts back the brackets of a row ordinal that tesseract misread', () => {
    expect(numberedLabel('《七)总计')).toBe('（七）总计');
    expect(numberedLabel('(三)不予公开')).toBe('（三）不予公开');
    expect(numberedLabel('【五】不予处理')).toBe('（五）不予处理');
  });
  it('leaves other labels alone', () => {
    expect(numberedLabel('一、本年新收政府信息公开申请数量')).toBe('一、本年新收政府信息公开申请数量');
    expect(numberedLabel('《条例》第二十条')).toBe('《条例》第二十条');
  });
});
