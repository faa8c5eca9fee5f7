/**
 * The signature at the end (落款: the agency, then the date). Published reports often carry it as the last
 * lines of section 六, and their report JSON keeps it there (nothing read is dropped): those lines then
 * print as the signature. Otherwise the Word file adds one, from the agency's name and the given date.
 */
const DATE =
  /^(?:\d{4}|[〇零一二三四五六七八九]{4})年\d{1,2}月\d{1,2}日$|^[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日$/;
/**
 * A date left blank to be written in by hand (「　　年　　月　　日」, `BLANK_DATE`, as a print reads back:
 * 「年 月 日」). A report read from such a print ends 六 with it: it is that report's signature, not text
 * to sign again under, or each print and read would add one more.
 */
const BLANK = /^[\s\u3000]*年[\s\u3000]*月[\s\u3000]*日$/;
/** A line that ends a sentence is text, not the agency's name. */
const SENTENCE_END = /[。；：！？，,.;:!?）)]$/;

/** How many trailing lines of section 六 already are the signature (0 when it has none). */
export function signOffLines(lines: readonly string[]): number {
  const last = lines.at(-1)?.trim();
  if (!last || !(DATE.test(last) || BLANK.test(last))) return 0;
  const before = lines.at(-2)?.trim();
  if (before && before.length >= 3 && before.length <= 30 && !SENTENCE_END.test(before)) return 2;
  return 1;
}

/** The date line where none is given: blank, to be written in by hand (never today's date behind the caller's back). */
export const BLANK_DATE = '　　年　　月　　日';

/** The signature as printed: the report's own last lines of 六, or the agency and the given date. */
export function signatureOf(
  report: { agency: { name: string }; narrative: { otherMatters: string } },
  date?: string,
): { lines: string[]; own: boolean } {
  const lines = report.narrative.otherMatters
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const own = signOffLines(lines);
  if (own > 0) return { lines: lines.slice(-own), own: true };
  return { lines: [report.agency.name, date ?? BLANK_DATE], own: false };
}
