import { officialTitle } from '@gongkai/schema';
import type { Line } from '../lines/lines.js';
import { nfkc } from '../lines/normalize.js';

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
const TITLE_EN = englishTitlePattern();

/**
 * The English title `officialTitle(…, 'en')` prints (〈body〉: annual report on government information
 * disclosure, 2024), read in the compact form the title search uses (no spaces). The title must name the
 * document with the template's first two words (`annual report`); the words after them may be shortened or
 * reworded by whoever typed the title, so they are not required.
 */
function englishTitlePattern(): RegExp {
  const body = '\u0001';
  const year = 2000;
  const printed = officialTitle(body, year, 'en');
  const between = printed.slice(printed.indexOf(body) + body.length, printed.lastIndexOf(String(year)));
  const [separator = '', first = '', second = ''] = between.trim().split(/\s+/);
  const named = `${separator}${first}${second}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^(.+?)${named}\\S*?((?:19|20)\\d{2})$`, 'i');
}
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
  return looseTitle(lines, limit);
}

// Titles without a year (〈body〉政府信息公开工作年度报告) or with their last words shuffled by a careless
// copy (政府信息公开工作告年度报): tried only when no title reads as above.
const TITLE_LOOSE =
  /^(?:((?:19|20)\d{2})年度?)?(.*?)(?:((?:19|20)\d{2})年度?)?(?:政府)?(?:信息公开|政务公开)[工作年度报告]{2,8}$/;

function looseTitle(lines: readonly Line[], limit: number): TitleFacts {
  for (let i = 0; i < limit; i++) {
    const line = lines[i]!;
    const compact = arabicYears(nfkc(line.text).replace(/\s+/g, ''));
    if (compact.length > 60 || !compact.includes('报')) continue;
    const m = TITLE_LOOSE.exec(compact);
    if (!m) continue;
    let agency = clean(m[2] ?? '');
    if (!agency && i > 0) {
      const above = lines[i - 1]!.text.replace(/\s+/g, '');
      if (above.length <= 30 && !/[，。,.：:]/.test(above)) agency = above;
    }
    const facts: TitleFacts = { line: line.no };
    const year = m[1] ?? m[3];
    if (year) facts.year = Number(year);
    if (agency) facts.agency = agency;
    return facts;
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

/** Where the year or the body was read when the title does not give it, for the diagnostic that says so. */
export interface FoundFact<T> {
  value: T;
  /** `period`, `signature` or `publication`. */
  from: 'period' | 'signature' | 'publication';
  line: number;
}

// 本年度报告所列数据的统计时限为2023年1月1日至2023年12月31日 / 2023年1月1日起至2023年12月31日止.
const PERIOD =
  /((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日\s*(?:起)?\s*[至到—\-－~～]\s*(?:((?:19|20)\d{2})\s*年\s*)?12\s*月\s*31\s*日/;

/** The year of the statistics period (1 January to 31 December of one year), in the opening lines. */
export function periodYear(lines: readonly Line[]): FoundFact<number> | undefined {
  for (const line of lines.slice(0, 60)) {
    const m = PERIOD.exec(nfkc(line.text));
    if (m && (m[2] === undefined || m[2] === m[1]))
      return { value: Number(m[1]), from: 'period', line: line.no };
  }
  return undefined;
}

// What a body's name ends with (局, 人民政府, 办公室, 委员会, 街道办事处 …).
const BODY_END =
  /(?:人民政府|政府|办公室|办公厅|委员会|管理委员会|管委会|局|厅|委|办|中心|院|署|处|所|站|街道办事处|街道|乡|镇)$/;
// A signed date at the very end: 〈body〉 2025年1月27日.
const SIGNED = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$/;

/**
 * The body and the year from the signature closing the report (`…经济发展局 2025年1月27日`): a report is
 * signed early the year after the one it reports on. The body is the words just before the date, after the
 * last sentence (a copy without line breaks glues them to the text).
 */
export function readSignature(
  lines: readonly Line[],
): { agency?: FoundFact<string>; year: FoundFact<number> } | undefined {
  const last = lines.slice(-3);
  const text = last.map((l) => l.text).join('\n');
  const date = SIGNED.exec(nfkc(text).slice(-40));
  if (!date) return undefined;
  const dateLine = last[last.length - 1]!;
  const year = { value: Number(date[1]) - 1, from: 'signature' as const, line: dateLine.no };
  const before = nfkc(text).replace(SIGNED, '').replace(/\s+$/, '');
  const words =
    before
      .split(/[\n。；！？，,.:：）)》」”]/)
      .pop()
      ?.replace(/\s+/g, '') ?? '';
  const name = words.replace(/^(?:特此函告|此函|特此报告)/, '');
  if (name.length < 3 || name.length > 30 || !BODY_END.test(name)) return { year };
  return { year, agency: { value: name, from: 'signature', line: dateLine.no } };
}

// A portal's page lines: 发布时间: 2025-01-20, 发布机构: 〈body〉 (or 发文机关, 来源).
const PUBLISHED = /(?:发布|成文|公开)(?:时间|日期)\s*[:：]\s*((?:19|20)\d{2})\s*[-年./]/;
const PUBLISHER = /(?:发布机构|发文机关|发布单位|信息来源|来源)\s*[:：]\s*([^\s:：|，,。、《(（\d]{3,40})/;

/** The longest opening of a text that ends like a body's name (the words a glued copy runs on into cut). */
function bodyAtStart(text: string): string | undefined {
  for (let end = Math.min(text.length, 30); end >= 3; end--) {
    const name = text.slice(0, end);
    if (!BODY_END.test(name)) continue;
    // The body printed twice in a row (the page's line, then the title's): once.
    const half = name.length / 2;
    return Number.isInteger(half) && name.slice(0, half) === name.slice(half) ? name.slice(0, half) : name;
  }
  return undefined;
}

/** The body and the year from a page's publication lines (a report is published the year after). */
export function readPublication(lines: readonly Line[]): {
  agency?: FoundFact<string>;
  year?: FoundFact<number>;
} {
  const out: { agency?: FoundFact<string>; year?: FoundFact<number> } = {};
  for (const line of lines.slice(0, 30)) {
    const text = nfkc(line.text);
    const date = out.year ? undefined : PUBLISHED.exec(text);
    if (date) out.year = { value: Number(date[1]) - 1, from: 'publication', line: line.no };
    const body = out.agency ? undefined : PUBLISHER.exec(text);
    const name = body ? bodyAtStart(body[1]!) : undefined;
    if (name) out.agency = { value: name, from: 'publication', line: line.no };
  }
  return out;
}

/** The year and the body from the statistics period, else the signature, else the publication lines. */
export function laterFacts(lines: readonly Line[]): { year?: FoundFact<number>; agency?: FoundFact<string> } {
  const signature = readSignature(lines);
  const published = readPublication(lines);
  return {
    year: periodYear(lines) ?? signature?.year ?? published.year,
    agency: signature?.agency ?? published.agency,
  };
}
