import type { Locale, ValueKind } from '@gongkai/schema';

const formats = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, decimals: number, signed: boolean): Intl.NumberFormat {
  const key = `${locale}/${decimals}/${signed}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'en' ? 'en' : 'zh-CN', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      ...(signed ? { signDisplay: 'exceptZero' as const } : {}),
    });
    formats.set(key, format);
  }
  return format;
}

/** Decimals a value was reported with (0.35 万元 keeps two), capped at six. */
export function decimalsOf(value: number): number {
  if (Number.isInteger(value)) return 0;
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(6, text.length - dot - 1);
}

/**
 * `3985758` → `3,985,758`, `96171.6` → `96,171.6` with `decimals` places: what `Intl.NumberFormat` prints
 * for zh-CN and en alike (groups of three, comma, point), written out by hand when the value needs no
 * rounding. A page's first `Intl.NumberFormat` costs Chromium more than drawing a whole report's tables.
 * `undefined` when rounding or an exponent would be needed (Intl prints those).
 */
function grouped(value: number, decimals: number): string | undefined {
  const text = String(Math.abs(value));
  if (text.includes('e')) return undefined;
  const dot = text.indexOf('.');
  const whole = dot < 0 ? text : text.slice(0, dot);
  const fraction = dot < 0 ? '' : text.slice(dot + 1);
  if (fraction.length > decimals) return undefined;
  let out = '';
  for (let end = whole.length; end > 0; end -= 3) {
    const start = Math.max(0, end - 3);
    out = out === '' ? whole.slice(start, end) : `${whole.slice(start, end)},${out}`;
  }
  const sign = value < 0 && !/^0(?:\.0*)?$/.test(text) ? '-' : '';
  return decimals > 0 ? `${sign}${out}.${fraction.padEnd(decimals, '0')}` : `${sign}${out}`;
}

/** A cell value as printed; blank (null) prints nothing, which is not 0. */
export function formatCell(value: number | null | undefined, kind: ValueKind, locale: Locale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const decimals = kind === 'amount' ? decimalsOf(value) : 0;
  return grouped(value, decimals) ?? formatter(locale, decimals, false).format(value);
}

/** A difference as printed in the comparison: always signed. */
export function formatDelta(delta: number, locale: Locale): string {
  return formatter(locale, decimalsOf(delta), true).format(delta);
}

/** A ratio as a signed percentage (+8.3%). */
export function formatPercent(ratio: number, locale: Locale): string {
  const key = `${locale}/pct`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'en' ? 'en' : 'zh-CN', {
      style: 'percent',
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    });
    formats.set(key, format);
  }
  return format.format(ratio);
}

/**
 * Reads what a clerk typed or pasted: ASCII or full-width digits, thousands separators, a sign.
 * `''` and the blank marks of published tables (`/`, `—`, `-`, `无`) are blank (null); anything else
 * unreadable is `undefined`, so the caller can flag it instead of guessing.
 */
export function parseCellInput(raw: string): number | null | undefined {
  const text = raw
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\uFF0E\u3002]/g, '.')
    .replace(/[\uFF0D\u2212]/g, '-')
    .replace(/[,，\s\u00A0]/g, '')
    .trim();
  if (text === '' || /^(\/|—+|-|－|无)$/.test(text)) return null;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) return undefined;
  return Number(text);
}
