import { describe, expect, it } from 'vitest';
import { slipOf } from '../../src/validate/suspects/typos.js';

const part = { isTotal: false, neighbours: [] as number[] };

describe('how a true figure became the printed one', () => {
  it('names each slip of the issue', () => {
    expect(slipOf(21, 12, part)).toBe('swappedDigits');
    expect(slipOf(12, 120, part)).toBe('droppedDigit');
    expect(slipOf(112, 12, part)).toBe('doubledDigit');
    expect(slipOf(182, 12, part)).toBe('extraDigit');
    expect(slipOf(0, 11, { isTotal: true, neighbours: [] })).toBe('totalLeftZero');
    expect(slipOf(0, 11, part)).toBe('leftZero');
    expect(slipOf(13, 12, part)).toBe('mistypedDigit');
    expect(slipOf(40, 7, { isTotal: false, neighbours: [40] })).toBe('neighbourFigure');
    expect(slipOf(40, 7, part)).toBe('none');
  });
});
