import {
  createEmptyReport,
  crossYearEquationsOf,
  formatForYear,
  formatsOf,
  getCell,
  layoutOf,
  type NarrativeId,
  type Report,
  sections,
  setCell,
} from '@gongkai/schema';
import { marksToReview, type ReviewMark } from './review-marks.js';

/** A figure that starts from last year's: this year's cell, last year's figure, what it moves by. */
export interface Chain {
  /** This year's cell (`activeDisclosure.regulations.inForce`). */
  cell: string;
  /** Last year's figure the chain starts from; null where last year's cell was blank. */
  start: number | null;
  /** This year's cells added to and taken from it (本年制发, 本年废止). */
  plus: readonly string[];
  minus: readonly string[];
}

/** This year's report begun from last year's, and what the clerk has to look at. */
export interface RollForward {
  report: Report;
  /** Cells filled from last year (二、上年结转 from 四、结转下年度继续办理), as this year's addresses. */
  carried: string[];
  /** Carried cells left blank because last year's was blank (blank is not 0). */
  blankInPrevious: string[];
  /** Figures whose chain starts at last year's (现行有效件数), shown, not filled. */
  chains: Chain[];
  /** Every year and date in the narrative kept from last year, to be reviewed. */
  review: ReviewMark[];
}

const narrativeIds = sections.filter((s) => s.kind === 'narrative').map((s) => s.id as NarrativeId);

/**
 * Begins next year's report from last year's: the year + 1, in the format for that year; the cells
 * the format carries over filled column by column from last year's (二、上年结转 ← 四、结转下年度继续办理),
 * every other cell blank (not 0); the narrative kept as a draft with each year and date in it marked.
 * Relations that need this year's figures (现行有效件数 = 上年 + 制发 − 废止) are returned as chains.
 */
export function rollForward(previous: Report): RollForward {
  const year = previous.year + 1;
  const report = createEmptyReport({
    formatVersion: formatForYear(year),
    year,
    agency: { ...previous.agency },
  });
  const narrative = { ...report.narrative };
  for (const id of narrativeIds) narrative[id] = previous.narrative[id] ?? '';
  report.narrative = narrative;
  const lastLayout = layoutOf(formatsOf(previous));
  const out: RollForward = { report, carried: [], blankInPrevious: [], chains: [], review: [] };
  for (const table of layoutOf(formatsOf(report)).tables) {
    for (const eq of crossYearEquationsOf(table)) {
      if (!eq.previous.every((a) => lastLayout.cellByAddress.has(a))) continue;
      const values = eq.previous.map((a) => getCell(previous, a));
      const start = values.every((v) => typeof v === 'number')
        ? (values as number[]).reduce((a, b) => a + b, 0)
        : null;
      if (eq.plus.length > 0 || eq.minus.length > 0) {
        out.chains.push({ cell: eq.cell, start, plus: eq.plus, minus: eq.minus });
        continue;
      }
      if (start === null) out.blankInPrevious.push(eq.cell);
      else {
        setCell(report, eq.cell, start);
        out.carried.push(eq.cell);
      }
    }
  }
  out.review = narrativeIds.flatMap((id) => marksToReview(id, narrative[id]));
  return out;
}
