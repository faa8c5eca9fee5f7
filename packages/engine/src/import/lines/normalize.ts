/**
 * Text normalisation for matching printed labels against the catalogue: published reports mix full and
 * half width, wrap labels with spaces, number rows as `1、` or `1.` and quote with any kind of quote.
 */

// Whitespace (incl. ideographic and zero-width), Markdown emphasis and table pipes never carry meaning in a label.
const NOISE = /[\s*_`#|\\]|\u200b|\u200c|\u200d|\ufeff/g;
// The same noise and any kind of quote, removed in one pass for a label's key.
const NOISE_OR_QUOTE = /[\s*_`#|\\"'“”‘’「」『』〝〞]|\u200b|\u200c|\u200d|\ufeff/g;
// Leading numbering: 一、 (一) 1. 1、 1． 第一部分, possibly repeated (三、(一)).
const NUMBERING =
  /^(?:\(?[一二三四五六七八九十]{1,3}[)、.:]|\(\d{1,2}\)|\d{1,2}[、.:)](?!\d)|第[一二三四五六七八九十]{1,3}部分)+/;

// Characters NFKC leaves as they are, alone or side by side (ASCII, CJK ideographs, common CJK punctuation and
// dashes/quotes): a text made only of them is its own NFKC form, so the costly normalisation is skipped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are ASCII, which NFKC keeps
const NFKC_STABLE = /^[\x00-\x7f\u2010\u2012-\u2016\u2018-\u2023\u3001-\u3003\u3008-\u3011\u4e00-\u9fff]*$/;

/** `text.normalize('NFKC')`, without the cost when the text is already in that form. */
export function nfkc(text: string): string {
  return NFKC_STABLE.test(text) ? text : text.normalize('NFKC');
}

/** NFKC-folds a printed text (full width → half width) and collapses its whitespace. */
export function canonical(text: string): string {
  return nfkc(text)
    .replace(/[\s\u200b\ufeff]+/g, ' ')
    .trim();
}

/** The key a label is matched by: folded, without spaces, quotes or leading numbering. */
export function labelKey(text: string): string {
  // Labels recur in every report; prose does not, and is neither kept nor looked up (hashing it costs).
  const keep = text.length <= MAX_KEPT;
  const cached = keep ? keys.get(text) : undefined;
  if (cached !== undefined) return cached;
  const folded = nfkc(text).replace(NOISE_OR_QUOTE, '');
  const key = folded.replace(NUMBERING, '');
  if (keep) {
    if (keys.size >= 8192) keys.clear();
    keys.set(text, key);
  }
  return key;
}

const keys = new Map<string, string>();
const MAX_KEPT = 64;

/** The leading numbering of a label (`(三)`, `1.`), folded, or '' when it has none. */
export function numberingOf(text: string): string {
  const folded = nfkc(text).replace(NOISE, '');
  return NUMBERING.exec(folded)?.[0] ?? '';
}
