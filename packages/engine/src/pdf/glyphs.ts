/**
 * Look-alike code points some PDF producers (Chromium's Skia among them) map glyphs to. NFKC folds the
 * Kangxi radicals (U+2F00–2FD5, ⼀ → 一) but not the CJK radical supplement (U+2E80–2EFF): those that stand
 * for a character of a report are mapped here. So is one Kangxi radical whose NFKC form is not the
 * character a simplified-Chinese font draws with its glyph: ⼾ (door) folds to 戶 U+6236, but the glyph
 * it shares in such a font is 户 U+6237 (门户网站, 用户), as Chromium's print of our 上海 page shows.
 */
const RADICALS: Record<string, string> = {
  '\u2f3e': '户',
  '\u2e9f': '母',
  '\u2ea0': '民',
  '\u2eae': '竹',
  '\u2eb6': '羊',
  '\u2ec4': '西',
  '\u2ec5': '见',
  '\u2ec6': '角',
  '\u2ec9': '贝',
  '\u2ecb': '车',
  '\u2ed0': '钅',
  '\u2ed3': '长',
  '\u2ed4': '门',
  '\u2ed8': '青',
  '\u2ed9': '韦',
  '\u2eda': '页',
  '\u2edb': '风',
  '\u2edc': '飞',
  '\u2ee0': '饣',
  '\u2ee2': '马',
  '\u2ee5': '鱼',
  '\u2ee6': '鸟',
  '\u2ee7': '卤',
  '\u2ee8': '麦',
  '\u2ee9': '黄',
  '\u2eea': '黾',
  '\u2eec': '齐',
  '\u2eee': '齿',
  '\u2ef0': '龙',
  '\u2ef3': '龟',
};

const LOOK_ALIKE = /[\u2e80-\u2eff\u2f00-\u2fd5]/;
const LOOK_ALIKES = /[\u2e80-\u2eff\u2f00-\u2fd5]/g;

/** A run's text as the report printed it: look-alike radicals folded to their characters, one by one. */
export function unLookAlike(text: string): string {
  if (!LOOK_ALIKE.test(text)) return text;
  return text.replace(LOOK_ALIKES, (c) => RADICALS[c] ?? c.normalize('NFKC'));
}
