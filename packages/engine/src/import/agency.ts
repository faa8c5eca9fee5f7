import type { Line } from './lines.js';
import { nfkc } from './normalize.js';

/** The year reported on and the reporting body, as printed in the title. */
export interface TitleFacts {
  year?: number;
  agency?: string;
  line?: number;
}

// 〈body〉2024年(度)〈body〉政府信息公开(工作)(年度)报告 — the body stands before or after the year.
const TITLE = /^(.*?)((?:19|20)\d{2})年度?(.*?)(?:政府)?(?:信息公开|政务公开)(?:工作)?(?:年度)?(?:工作)?报告/;

function clean(name: string): string {
  return name
    .replace(/^(?:名称|标题|题目)[:：]?/, '')
    .replace(/^[《〈「“"'【[]+|[》〉」”"'】\]]+$/g, '')
    .replace(/关于$/, '')
    .trim();
}

// 〈body〉政府信息公开工作年度报告（2023年度）: the year printed after the title.
const TITLE_YEAR_AFTER =
  /^(.*?)(?:政府)?(?:信息公开|政务公开)(?:工作)?(?:年度)?报告[(（]((?:19|20)\d{2})年?度?[)）]/;
// The English title `titleOf(report, 'en')` prints: 〈body〉: annual report on government information disclosure, 2024.
const TITLE_EN = /^(.+?):annualreport\S*?((?:19|20)\d{2})$/i;
const CHINESE_DIGITS: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/** 二〇二三年 → 2023年: some titles print the year in Chinese numerals. */
function arabicYears(text: string): string {
  return text.replace(/([〇零一二三四五六七八九]{4})(?=年)/g, (y) =>
    [...y].map((c) => CHINESE_DIGITS[c] ?? c).join(''),
  );
}

/** Finds the title (year and body) among the first lines, and the full name of the body in the text. */
export function readTitle(lines: readonly Line[], before: number): TitleFacts {
  const limit = Math.min(lines.length, Math.max(before, 0) + 1, 200);
  for (let i = 0; i < limit; i++) {
    const line = lines[i]!;
    for (const cell of line.cells) {
      const compact = arabicYears(nfkc(cell).replace(/\s+/g, ''));
      if (compact.length > 80) continue;
      const english = TITLE_EN.exec(compact);
      if (english) return { year: Number(english[2]), agency: clean(english[1] ?? ''), line: line.no };
      const before = TITLE.exec(compact);
      const after = before ? undefined : TITLE_YEAR_AFTER.exec(compact);
      if (!before && !after) continue;
      const year = Number(before ? before[2] : after?.[2]);
      let agency = before ? clean(before[1] ?? '') || clean(before[3] ?? '') : clean(after?.[1] ?? '');
      if (!agency && i > 0) {
        // The body printed on the line above the title (淮安市人民政府 / 2024年政府信息公开工作年度报告).
        const above = lines[i - 1]!.text.replace(/\s+/g, '');
        if (above.length <= 30 && !/[，。,.：:]/.test(above)) agency = above;
      }
      return agency ? { year, agency, line: line.no } : { year, line: line.no };
    }
  }
  return {};
}

/** The year, when no title gives it: the most common `20xx年度` in the opening lines. */
export function guessYear(lines: readonly Line[]): number | undefined {
  const counts = new Map<number, number>();
  for (const line of lines.slice(0, 60)) {
    for (const m of line.text.matchAll(/((?:19|20)\d{2})\s*年度/g)) {
      const y = Number(m[1]);
      counts.set(y, (counts.get(y) ?? 0) + 1);
    }
  }
  let found: number | undefined;
  for (const [y, n] of counts) if (found === undefined || n > (counts.get(found) ?? 0)) found = y;
  return found;
}

// Names printed in titles are often the place only (杏岭子乡); the body names itself in full in the text.
const PLACE_ONLY = /(?:省|自治区|市|自治州|州|盟|县|自治县|旗|区|乡|镇|街道)$/;

/** The full name of the body: the title's place name completed by 人民政府 when the text says so. */
export function fullName(name: string, says: (words: string) => boolean): string {
  if (!PLACE_ONLY.test(name)) return name;
  const full = `${name}人民政府`;
  return says(full) ? full : name;
}
