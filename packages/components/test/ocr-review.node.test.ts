import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  confirmationsOf,
  confirmedWith,
  decide,
  fieldText,
  isConfirmed,
  nextPending,
  type OcrReviewItem,
  pendingOf,
  reviewKeyOf,
  stepTo,
} from '../src/editor/ocr-review.js';

const item = (address: string, value: number | null): OcrReviewItem => ({
  address,
  value,
  confidence: 80,
  message: '识别把握不足',
});

const value = fc.oneof(fc.constant(null), fc.nat(100_000));
const items = fc
  .uniqueArray(fc.stringMatching(/^[a-z]{1,6}\.[a-z]{1,6}$/), { minLength: 1, maxLength: 30 })
  .chain((addresses) =>
    fc.tuple(
      fc.constant(addresses),
      fc.array(value, { minLength: addresses.length, maxLength: addresses.length }),
    ),
  )
  .map(([addresses, values]) => addresses.map((a, i) => item(a, values[i]!)));

/** A walk: the person's actions, each on the cell the walk is at. */
const action = fc.oneof(
  fc.record({ kind: fc.constant('confirm' as const) }),
  fc.record({ kind: fc.constant('correct' as const), text: fc.oneof(fc.constant(''), fc.nat().map(String)) }),
  fc.record({ kind: fc.constantFrom('next' as const, 'previous' as const) }),
);

describe('the OCR confirmation walk', () => {
  test('only confirm and correct mark a cell confirmed; the count goes down by one each', () => {
    fc.assert(
      fc.property(items, fc.array(action, { maxLength: 60 }), (list, actions) => {
        const values = new Map(list.map((i) => [i.address, i.value]));
        let confirmed: Record<string, number | null> = {};
        let at = 0;
        const current = (a: string) => values.get(a) ?? null;
        for (const a of actions) {
          const before = pendingOf(list, confirmed, current).length;
          const here = list[at]!;
          const wasPending = !isConfirmed(confirmed, here.address, current(here.address));
          if (a.kind === 'next' || a.kind === 'previous') {
            at = stepTo(list.length, at, a.kind === 'next' ? 1 : -1);
            expect(pendingOf(list, confirmed, current).length).toBe(before);
            continue;
          }
          const d = decide(current(here.address), a.kind === 'correct' ? a.text : '', a.kind);
          if (d.kind === 'invalid') throw new Error('digits and blanks are values');
          values.set(here.address, d.value);
          confirmed = confirmedWith(confirmed, here.address, d.value);
          expect(isConfirmed(confirmed, here.address, current(here.address))).toBe(true);
          expect(pendingOf(list, confirmed, current).length).toBe(wasPending ? before - 1 : before);
          at = nextPending(list, at, (i) => !isConfirmed(confirmed, i.address, current(i.address)));
          expect(at).toBeGreaterThanOrEqual(0);
          expect(at).toBeLessThan(list.length);
        }
      }),
    );
  });

  test('a confirmed cell whose value changes afterwards (an undo, an edit) awaits a person again', () => {
    fc.assert(
      fc.property(value, value, (confirmedAt, now) => {
        const confirmed = confirmedWith({}, 'a.b', confirmedAt);
        expect(isConfirmed(confirmed, 'a.b', now)).toBe(confirmedAt === now);
      }),
    );
  });

  test('confirming keeps the value whatever was typed; a blank correction is blank, never 0', () => {
    fc.assert(
      fc.property(value, fc.string(), (current, text) => {
        expect(decide(current, text, 'confirm')).toEqual({ kind: 'confirm', value: current });
      }),
    );
    expect(decide(12, '', 'correct')).toEqual({ kind: 'correct', value: null });
    expect(decide(12, '  ', 'accept')).toEqual({ kind: 'correct', value: null });
    expect(decide(null, '', 'accept')).toEqual({ kind: 'confirm', value: null });
    expect(decide(12, '12', 'accept')).toEqual({ kind: 'confirm', value: 12 });
    expect(decide(12, '１３', 'accept')).toEqual({ kind: 'correct', value: 13 });
    expect(decide(12, '1二', 'correct')).toEqual({ kind: 'invalid' });
    expect(fieldText(null)).toBe('');
    expect(fieldText(0)).toBe('0');
  });

  test('after the last pending cell the walk stays; otherwise it finds the next one, wrapping', () => {
    const list = [item('a.a', 1), item('a.b', 2), item('a.c', 3)];
    const pending = (done: string[]) => (i: OcrReviewItem) => !done.includes(i.address);
    expect(nextPending(list, 0, pending(['a.a']))).toBe(1);
    expect(nextPending(list, 2, pending(['a.c']))).toBe(0);
    expect(nextPending(list, 1, pending(['a.a', 'a.b', 'a.c']))).toBe(1);
    expect(stepTo(3, 2, 1)).toBe(2);
    expect(stepTo(3, 0, -1)).toBe(0);
  });

  test('keys: Enter accepts, arrows and Page keys move, Escape reverts; nothing while an IME composes', () => {
    const key = (k: string, more: Partial<Parameters<typeof reviewKeyOf>[0]> = {}) =>
      reviewKeyOf({ key: k, isComposing: false, altKey: false, ctrlKey: false, metaKey: false, ...more });
    expect(key('Enter')).toBe('accept');
    expect(key('Enter', { isComposing: true })).toBeUndefined();
    expect(key('ArrowDown')).toBe('next');
    expect(key('PageUp')).toBe('previous');
    expect(key('Escape')).toBe('revert');
    expect(key('Enter', { ctrlKey: true })).toBeUndefined();
    expect(key('5')).toBeUndefined();
  });

  test('confirmations read back from storage keep only numbers and blanks', () => {
    expect(confirmationsOf({ 'a.b': 3, 'a.c': null, 'a.d': '3', 'a.e': Number.NaN })).toEqual({
      'a.b': 3,
      'a.c': null,
    });
    expect(confirmationsOf('x')).toEqual({});
  });
});
