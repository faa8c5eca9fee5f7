import type { ValueKind } from '@gongkai/schema';
import { nfkc } from '../lines/normalize.js';

/** What the text of one number cell says. */
export type CellReading =
  | { status: 'blank' }
  | { status: 'number'; value: number; note?: string }
  | { status: 'unreadable'; reason: 'text' | 'not-whole' | 'negative' };

// Printed for "nothing": blank, slashes, dashes, 无 / 空 (a blank is not 0).
const BLANK = /^(?:|[/\\／＼]|[-—–－―ー─]+|无|空|n\/?a|null)$/i;
const FIRST = /^\s*[0-9０-９+\-−－—–―ー─/／\\＼无空nN]/;
const NUMBER = /^([+\-−]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/;

/** Reads a cell's text: blank markers → blank, `22（其中修订16件）` → 22 with its note, anything else unreadable. */
export function readCell(raw: string, kind: ValueKind): CellReading {
  // Most cells are plain digits or empty: answered without normalising.
  if (raw === '') return { status: 'blank' };
  const plain = plainFigure(raw);
  if (plain !== undefined) return { status: 'number', value: plain };
  const text = nfkc(raw)
    .replace(/[\s\u200b\ufeff]+/g, ' ')
    .trim();
  if (BLANK.test(text.replace(/\s/g, ''))) return { status: 'blank' };
  const match = NUMBER.exec(text);
  if (!match) return { status: 'unreadable', reason: 'text' };
  const [whole, sign = '', digits = '', fraction = ''] = match;
  const negative = sign === '-' || sign === '−';
  const value = Number(`${negative ? '-' : ''}${digits.replace(/,/g, '')}${fraction}`);
  // Beyond 2^53 a figure cannot be held exactly: no report prints one, so it is a damaged cell.
  if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER)
    return { status: 'unreadable', reason: 'text' };
  if (kind !== 'amount' && fraction !== '' && !/^\.0+$/.test(fraction)) {
    return { status: 'unreadable', reason: 'not-whole' };
  }
  if (kind !== 'signedCount' && negative && value !== 0) return { status: 'unreadable', reason: 'negative' };
  const note = noteOf(rawRest(raw) ?? text.slice(whole.length));
  return note
    ? { status: 'number', value: value === 0 ? 0 : value, note }
    : { status: 'number', value: value === 0 ? 0 : value };
}

// The note is kept as printed (full-width brackets and digits), so it is cut from the raw text.
const RAW_NUMBER = /^\s*[+\-−＋－]?[0-9０-９][0-9０-９,，.．]*/;

function rawRest(raw: string): string | undefined {
  const m = RAW_NUMBER.exec(raw);
  return m ? raw.slice(m[0].length) : undefined;
}

/** The text printed after the number, without the brackets around it: `（其中修订16件）` → `其中修订16件`. */
function noteOf(rest: string): string {
  const trimmed = rest.trim();
  const bracketed = /^[(（[【]([\s\S]*)[)）\]】]$/.exec(trimmed);
  return (bracketed ? (bracketed[1] ?? '') : trimmed).trim();
}

/**
 * `0`, `12`, `3045`: the figure of a cell printed as plain digits (no sign, no leading zero), read without a
 * regular expression since nearly every cell of a report is one; `undefined` for anything else.
 */
export function plainFigure(raw: string): number | undefined {
  const n = raw.length;
  if (n === 0 || n > 15) return undefined;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const d = raw.charCodeAt(i) - 48;
    if (d < 0 || d > 9 || (d === 0 && i === 0 && n > 1)) return undefined;
    value = value * 10 + d;
  }
  return value;
}

const MAX_VALUE_TEXT = 64;
const NUMBERED = /^\d{1,2}[、.．](?![\d０-９])/;

/** Whether a cell's text reads as a value (a number or a blank marker other than empty), not a label. */
export function looksLikeValue(raw: string): boolean {
  if (raw === '') return false;
  const c = raw.charCodeAt(0);
  // Labels open with an ideograph or a bracket: turned away by their first character (无 and 空 are blanks).
  if (c >= 0x4e00 && c <= 0x9fff && c !== 0x65e0 && c !== 0x7a7a) return false;
  if (c === 0xff08 || c === 0x28) return false;
  if (plainFigure(raw) !== undefined) return true;
  // A figure with its note is short; a paragraph opening with a year (2024年，…) is read no further.
  if (raw.length > MAX_VALUE_TEXT) return false;
  // A numbered label (1.属于国家秘密, 2、其他) is told by its numbering before any normalising.
  if (NUMBERED.test(raw)) return false;
  // A figure or blank marker opens with a digit, a sign, a dash, a slash or 无/空: prose is turned away unread.
  if (!FIRST.test(raw)) return false;
  const text = nfkc(raw).trim();
  if (text === '') return false;
  if (BLANK.test(text.replace(/\s/g, ''))) return true;
  const match = NUMBER.exec(text);
  if (!match || /^\d{1,2}[、.](?!\d)/.test(text)) return false;
  // After the number: nothing, a bracketed note, or a short unit (元, 件); a sentence is narrative.
  const rest = text.slice(match[0].length).trim();
  return rest === '' || /^[([【][\s\S]*[)\]】]$/.test(rest) || /^[^\s,.;:，。；：]{1,3}$/.test(rest);
}

/** Whether a cell's text is a plain run of digits (a row whose cells the copy glued together). */
export function isDigitRun(raw: string): boolean {
  return /^\d+$/.test(nfkc(raw).trim());
}
