import { formatsOf, layoutOf } from '@gongkai/schema';
import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { History } from '../src/editor/history.js';
import { isBlock, parseTsv } from '../src/editor/tsv.js';
import { toLocale } from '../src/i18n/locale.js';
import { messagesFor } from '../src/i18n/messages.js';
import { decimalsOf, formatCell, formatDelta, parseCellInput } from '../src/i18n/numbers.js';
import { tableModel, tableModels } from '../src/model/table-model.js';

describe('table model', () => {
  test.each(['2021', '2019'] as const)(
    'covers every cell of the %s catalogue exactly once, in printed order',
    (version) => {
      const formats = { activeDisclosure: version, applications: version, appeals: version };
      const printed = tableModels(formats).flatMap((m) => m.grid.flat().map((c) => c.address));
      expect(printed).toEqual(layoutOf(formats).cells.map((c) => c.address));
    },
  );

  test('section 三 has the official three header rows and a three-column stub', () => {
    const model = tableModel('applications', '2021');
    expect(model.head).toHaveLength(3);
    expect(model.head[0]?.cells[0]).toMatchObject({ kind: 'corner', colspan: 3, rowspan: 3 });
    expect(model.head[0]?.cells[1]).toMatchObject({ kind: 'th', colspan: 7, label: { zh: '申请人情况' } });
    const second = model.head[1]?.cells.map((c) =>
      c.kind === 'th' ? [c.label.zh, c.colspan, c.rowspan] : null,
    );
    expect(second).toEqual([
      ['自然人', 1, 2],
      ['法人或其他组织', 5, 1],
      ['总计', 1, 2],
    ]);
    expect(model.grid).toHaveLength(25);
    expect(tableModel('applications', '2019').grid).toHaveLength(23);
    // 三、本年度办理结果 spans every result row, （三）不予公开 its eight.
    const results = model.bodies[0]?.[2]?.cells[0];
    expect(results).toMatchObject({
      kind: 'th',
      scope: 'rowgroup',
      rowspan: 22,
      label: { zh: '三、本年度办理结果' },
    });
    const withheld = model.bodies[0]?.[4]?.cells[0];
    expect(withheld).toMatchObject({ rowspan: 8, label: { zh: '（三）不予公开' } });
  });

  test('section 四 prints its rows across the top, one line of figures', () => {
    const model = tableModel('appeals', '2021');
    expect(model.head.map((r) => r.cells.length)).toEqual([2, 7, 10]);
    expect(model.head[0]?.cells.map((c) => (c.kind === 'th' ? [c.label.zh, c.colspan] : null))).toEqual([
      ['行政复议', 5],
      ['行政诉讼', 10],
    ]);
    expect(model.grid).toHaveLength(1);
    expect(model.grid[0]).toHaveLength(15);
    expect(model.grid[0]?.[14]?.columnLabel.zh).toBe('行政诉讼·复议后起诉·总计');
  });

  test('section 二 prints each 第二十条 block under its own heading row', () => {
    const model = tableModel('activeDisclosure', '2021');
    expect(model.head).toHaveLength(0);
    expect(model.bodies.map((b) => b[0]?.cells[0]?.kind === 'th' && b[0].cells[0].heading)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(model.columnCount).toBe(4);
    expect(tableModel('activeDisclosure', '2019').bodies).toHaveLength(5);
  });

  test('a mixed report takes each table in its own format', () => {
    const models = tableModels(formatsOf({ formatVersion: '2021', tableFormats: { applications: '2019' } }));
    expect(models.map((m) => m.def.version)).toEqual(['2021', '2019', '2021']);
  });
});

describe('numbers', () => {
  test('reads what clerks type and paste', () => {
    expect(parseCellInput('1,234')).toBe(1234);
    expect(parseCellInput('１２３')).toBe(123);
    expect(parseCellInput(' 0.35 ')).toBe(0.35);
    expect(parseCellInput('-3')).toBe(-3);
    for (const blank of ['', ' ', '/', '—', '-', '无']) expect(parseCellInput(blank)).toBeNull();
    for (const bad of ['12a', '1.2.3', 'abc', '1 2x']) expect(parseCellInput(bad)).toBeUndefined();
  });

  test('prints what Intl.NumberFormat prints, for any figure in either language', () => {
    const intl = (value: number, kind: 'count' | 'amount', locale: 'zh' | 'en') => {
      const decimals = kind === 'amount' ? decimalsOf(value) : 0;
      return new Intl.NumberFormat(locale === 'en' ? 'en' : 'zh-CN', {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      }).format(value);
    };
    const figure = fc.oneof(
      fc.integer({ min: -1e9, max: 1e12 }),
      fc.double({ min: -1e7, max: 1e9, noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: 0, max: 1e8 }).map((n) => n / 100),
      fc.constantFrom(0, 0.35, 96171.6, 1e21, 1.5e-7, 123.4567891, Number.MAX_SAFE_INTEGER),
    );
    fc.assert(
      fc.property(
        figure,
        fc.constantFrom('count' as const, 'amount' as const),
        fc.constantFrom('zh' as const, 'en' as const),
        (value, kind, locale) => {
          // A negative zero is no figure a report holds: it prints 0 (Intl would print -0).
          const expected = Object.is(value, -0) ? '0' : intl(value, kind, locale);
          expect(formatCell(value, kind, locale)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('prints through Intl.NumberFormat, amounts with their decimals, blank as nothing', () => {
    expect(formatCell(1234567, 'count', 'zh')).toBe('1,234,567');
    expect(formatCell(96171.6, 'amount', 'zh')).toBe('96,171.6');
    expect(formatCell(0.35, 'amount', 'en')).toBe('0.35');
    expect(formatCell(null, 'count', 'zh')).toBe('');
    expect(formatCell(0, 'count', 'zh')).toBe('0');
    expect(formatDelta(12, 'zh')).toBe('+12');
    expect(formatDelta(-0.5, 'en')).toBe('-0.5');
    expect(decimalsOf(1.25)).toBe(2);
  });
});

describe('paste', () => {
  test('parses tab-separated blocks from Excel and WPS', () => {
    expect(parseTsv('1\t2\r\n3\t4\r\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseTsv('"a\nb"\t"say ""hi"""\n')).toEqual([['a\nb', 'say "hi"']]);
    expect(parseTsv('\t5')).toEqual([['', '5']]);
    expect(isBlock('12')).toBe(false);
    expect(isBlock('12\n')).toBe(false);
    expect(isBlock('1\t2')).toBe(true);
  });
});

describe('history', () => {
  test('a typing run in one place undoes as one step; a pause or another place starts a new one', () => {
    const history = new History(1000);
    history.record([{ path: 'a', before: null, after: 1 }], 0);
    history.record([{ path: 'a', before: 1, after: 12 }], 100);
    history.record([{ path: 'b', before: null, after: 3 }], 200);
    history.record([{ path: 'b', before: 3, after: 4 }], 5000);
    expect(history.undo()).toEqual([{ path: 'b', before: 3, after: 4 }]);
    expect(history.undo()).toEqual([{ path: 'b', before: null, after: 3 }]);
    expect(history.undo()).toEqual([{ path: 'a', before: null, after: 12 }]);
    expect(history.canUndo).toBe(false);
    expect(history.redo()).toEqual([{ path: 'a', before: null, after: 12 }]);
    history.record([{ path: 'c', before: null, after: 1 }], 6000);
    expect(history.canRedo).toBe(false);
  });
});

describe('i18n', () => {
  test('lang tags map to the two locales; messages can be overridden flat or per locale', () => {
    expect(toLocale('en-GB')).toBe('en');
    expect(toLocale('zh-Hans-CN')).toBe('zh');
    expect(toLocale('')).toBe('zh');
    expect(messagesFor('zh', { undo: '撤回' }).undo).toBe('撤回');
    expect(messagesFor('en', { zh: { undo: '撤回' } }).undo).toBe('Undo');
    expect(messagesFor('zh').severity.error).toBe('错误');
  });
});
