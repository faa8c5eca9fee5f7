import { NARRATIVE_IDS, type Narrative } from '@gongkai/schema';
import { type Check, emit, type Messages } from '../context.js';

// Sentences shorter than this (headings, 无。) repeat by nature and say nothing about copying.
const MIN_SENTENCE = 10;
// Half or more of the narrative copied from last year is what evaluators flag.
const THRESHOLD = 0.5;

const repeated: Messages<[number, number, number]> = {
  zh: (share, year, count) =>
    `正文（一、五、六部分）有 ${share}% 的文字（${count} 句）与上年（${year} 年度）报告逐字相同，超过一半。`,
  en: (share, year, count) =>
    `${share}% of the narrative (sections 1, 5 and 6; ${count} sentences) repeats last year’s report (${year}) word for word: half or more.`,
};

/** The sentences of a narrative, spaces dropped and digits masked so a copy with new figures still counts. */
function sentencesOf(narrative: Narrative): string[] {
  const out: string[] = [];
  for (const section of NARRATIVE_IDS) {
    for (const raw of (narrative[section] ?? '').split(/[。！？；!?;\n]+/)) {
      const sentence = raw.replace(/\s+/g, '').replace(/\d+(?:\.\d+)?/g, '#');
      if (sentence.length >= MIN_SENTENCE) out.push(sentence);
    }
  }
  return out;
}

/** `narrative.repeated-text`: less than half of the narrative repeats last year's word for word. */
export function checkRepeatedText(check: Check, previous: Narrative, previousYear: number): void {
  const before = new Set(sentencesOf(previous));
  let all = 0;
  let copied = 0;
  let count = 0;
  for (const sentence of sentencesOf(check.report.narrative)) {
    all += sentence.length;
    if (before.has(sentence)) {
      copied += sentence.length;
      count++;
    }
  }
  if (all === 0 || copied / all < THRESHOLD) return;
  emit(check, 'narrative.repeated-text', {
    path: 'overview',
    message: repeated[check.locale](Math.round((copied / all) * 100), previousYear, count),
    related: ['problems', 'otherMatters'],
  });
}
