/**
 * Reports with nothing to print and no previous year: counted by the year they lack, merged batch by
 * batch, a few named per group, and said before the closing line.
 */
import { describe, expect, test } from 'vitest';
import { addTally, emptyTally, noteQuietUnpaired } from '../src/batch/tally.js';
import { formatSummary } from '../src/output/summary.js';

describe('clean reports without a previous year', () => {
  test('grouped by the year they lack, five named per group, the rest counted', () => {
    const a = emptyTally();
    const b = emptyTally();
    for (let i = 0; i < 4; i++) noteQuietUnpaired(a, { kind: 'none', year: 2023 }, `a${i}.json`);
    for (let i = 0; i < 4; i++) noteQuietUnpaired(b, { kind: 'none', year: 2023 }, `b${i}.json`);
    noteQuietUnpaired(b, { kind: 'none', year: 2020 }, 'old.json');
    noteQuietUnpaired(b, { kind: 'ambiguous', year: 2023 }, 'gulou.json');
    const all = addTally(addTally(emptyTally(), a), b);
    Object.assign(all, { files: 10, unpaired: 10 });
    const text = formatSummary(all, { locale: 'zh', color: false, interrupted: false });
    expect(text.split('\n').slice(0, 4)).toEqual([
      '10 份报告没有问题，但没有上一年度报告可对照，未作跨年度核对：',
      '  缺 2020 年度（1 份）：  old.json',
      '  2023 年度有多份报告可能属于同一机关（1 份）：  gulou.json',
      '  缺 2023 年度（8 份）：  a0.json、a1.json、a2.json、a3.json、b0.json 等',
    ]);
    // Merging keeps the first batch's tally unchanged.
    expect(a.quietUnpaired['none:2023']?.names).toHaveLength(4);
    const en = formatSummary(all, { locale: 'en', color: false, interrupted: false });
    expect(en).toContain(
      '  no report of 2023 (8):  a0.json, a1.json, a2.json, a3.json, b0.json and 3 more\n',
    );
  });

  test('nothing said when every report was paired or printed its own heading', () => {
    const text = formatSummary(
      { ...emptyTally(), files: 1, paired: 1 },
      { locale: 'zh', color: false, interrupted: false },
    );
    expect(text.split('\n')).toHaveLength(2);
  });
});
