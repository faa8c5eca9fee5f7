import { type NarrativeId, sections } from '@gongkai/schema';
import { type Check, emit, type Messages } from '../context.js';

const mismatch: Messages<[string, string, string, number]> = {
  zh: (section, sentence, years, year) =>
    `${section}写“${sentence}”，说的是 ${years} 年，而本报告是 ${year} 年度：统计期间或年度应为 ${year} 年。`,
  en: (section, sentence, years, year) =>
    `${section} says “${sentence}”, naming ${years}, but this report is on ${year}: the period or year should be ${year}.`,
};

/** A sentence of a narrative section, with its offsets in the section's text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** The sentences of a text: up to 。！？；, or a line break. */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^。！？；\n]+[。！？；]?/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body)
      out.push({ text: body, start: (m.index ?? 0) + lead, end: (m.index ?? 0) + lead + body.length });
  }
  return out;
}

const narrativeIds = sections.filter((s) => s.kind === 'narrative').map((s) => s.id as NarrativeId);

const YEAR = String.raw`((?:19|20)\d{2})\s*年`;
/** A whole year as a period: 2024 年 1 月 1 日（起）至 2024 年 12 月 31 日. */
const PERIOD = new RegExp(
  String.raw`${YEAR}\s*0?1\s*月\s*0?1\s*日\s*(?:起)?\s*(?:至|到|—|－|-|~)\s*(?:${YEAR}\s*)?12\s*月\s*31\s*日`,
  'g',
);
/** A sentence about the statistics period or the report's own year. */
const ABOUT_PERIOD =
  /统计(?:数据|期限|时间|区间|周期|范围|截止)|数据(?:统计|时间|期限)|本(?:年度)?报告(?:所列|中|的)?/;
/** The title of a year's report named in the text: 2024 年（度）政府信息公开工作年度报告. */
const TITLE = new RegExp(String.raw`${YEAR}度?(?:政府信息公开)?工作年度报告`, 'g');

/** Any year at all: without one, none of the patterns below can match (most sentences name none). */
const ANY_YEAR = new RegExp(YEAR);
const EVERY_YEAR = new RegExp(YEAR, 'g');

/** Where a sentence ends: 。！？； (part of it) or a line break (not). */
function isSentenceEnd(code: number): boolean {
  return code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff1b || code === 0x0a;
}

/**
 * The sentences of a text (as `sentencesOf` cuts them) that name a year, found from the years: a
 * report's text is mostly sentences that name none, and checking is paid per report in a province's run.
 */
export function sentencesNamingYears(text: string): Sentence[] {
  const out: Sentence[] = [];
  EVERY_YEAR.lastIndex = 0;
  for (let m = EVERY_YEAR.exec(text); m !== null; m = EVERY_YEAR.exec(text)) {
    let from = m.index;
    while (from > 0 && !isSentenceEnd(text.charCodeAt(from - 1))) from--;
    let to = m.index;
    while (to < text.length && !isSentenceEnd(text.charCodeAt(to))) to++;
    // The next search starts after this sentence (at its line break, which a year may not start with).
    EVERY_YEAR.lastIndex = to;
    if (to < text.length && text.charCodeAt(to) !== 0x0a) to++;
    const raw = text.slice(from, to);
    const body = raw.trim();
    const lead = raw.length - raw.trimStart().length;
    // A year whose 年 is past a line break leaves its sentence without one: none named there.
    if (body && ANY_YEAR.test(body))
      out.push({ text: body, start: from + lead, end: from + lead + body.length });
  }
  return out;
}

/** The years a sentence gives as its statistics period or report year; empty when it gives none. */
export function periodYears(sentence: string): number[] {
  if (!ANY_YEAR.test(sentence)) return [];
  const years = new Set<number>();
  for (const m of sentence.matchAll(PERIOD)) {
    years.add(Number(m[1]));
    if (m[2]) years.add(Number(m[2]));
  }
  for (const m of sentence.matchAll(TITLE)) years.add(Number(m[1]));
  if (years.size === 0 && ABOUT_PERIOD.test(sentence)) {
    const all = [...sentence.matchAll(new RegExp(YEAR, 'g'))].map((m) => Number(m[1]));
    // 「统计数据时间为 2024 年度」: every year such a sentence names is its period.
    for (const y of all) years.add(y);
  }
  return [...years];
}

/**
 * `narrative.year-mismatch`: the text names a statistics period or report year other than the
 * report's (a text rolled over from last year and not updated), found at the sentence that says it.
 */
export function checkYearMismatch(check: Check): void {
  const { report, words, locale } = check;
  for (const id of narrativeIds) {
    const text = report.narrative[id] ?? '';
    for (const sentence of sentencesNamingYears(text)) {
      const years = periodYears(sentence.text);
      const other = years.filter((y) => y !== report.year);
      if (other.length === 0 || years.includes(report.year)) continue;
      emit(check, 'narrative.year-mismatch', {
        path: id,
        message: mismatch[locale](
          words.section(id),
          sentence.text,
          other.join(locale === 'zh' ? '、' : ', '),
          report.year,
        ),
        span: { start: sentence.start, end: sentence.end },
        actual: other[0] as number,
        expected: report.year,
      });
    }
  }
}
