import type { NarrativeId } from '@gongkai/schema';

/** A year or date in a narrative section kept from last year: where it is, and what it says. */
export interface ReviewMark {
  section: NarrativeId;
  start: number;
  end: number;
  text: string;
}

// 2024 年（度）, 2024 年 1 月 1 日, 1 月 1 日, 12 月 31 日, 2024-03-15, 2024.03.15; and 上年 / 去年 / 今年,
// which are right only relative to the year they were written in.
const DATE =
  /(?:19|20)\d{2}\s*年(?:度|\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}[-./]\d{1,2}(?:[-./]\d{1,2})?|上一?年度?|去年|今年|本年度?/g;

/** Every year and date in a text, in order. */
export function marksToReview(section: NarrativeId, text: string): ReviewMark[] {
  return [...text.matchAll(DATE)].map((m) => ({
    section,
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
    text: m[0],
  }));
}
