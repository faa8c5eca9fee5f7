import { type Finding, likelyCells } from '@gongkai/engine';
import type { Locale } from '@gongkai/schema';
import { placeLabel } from '../output/place.js';

/** One cell the engine's proposals blame, across all reports. */
export interface LikelyCount {
  /** The cell as a reader names it, in the run's locale. */
  label: string;
  /** Reports whose failing sums a change of this cell mends (once per report, however many sums). */
  reports: number;
  /** Of those, the reports where the proposal was `certain` (one cell, one value, nothing else fits). */
  certain: number;
  /** The failing sums (error findings) the proposal explains, over all those reports. */
  sums: number;
}

/** The cells most likely wrong, and the reports whose failing sums no proposal is sure about. */
export interface LikelyCells {
  cells: Record<string, LikelyCount>;
  /** Reports with a failing sum whose proposal is ambiguous, none, or in last year's report: blamed on no cell. */
  unsure: number;
}

export function emptyLikely(): LikelyCells {
  return { cells: {}, unsure: 0 };
}

/**
 * Counts one report's arithmetic errors against the cells their proposals point at. Several failing
 * sums of one group share one proposal, so a cell counts once per report. A sum whose proposal is not
 * sure (ambiguous, none) blames no cell: likelyCells would fall back to the cell the rule is filed
 * under (结转下年度 for every balance), the convention this ranking exists to get away from.
 */
export function addLikely(into: LikelyCells, findings: readonly Finding[], locale: Locale): void {
  const blamed = new Map<string, { certain: boolean; sums: number }>();
  let unsure = false;
  for (const f of findings) {
    if (f.severity !== 'error' || !f.suspects) continue;
    const top = f.suspects[0];
    if (!top || top.report || (top.confidence !== 'certain' && top.confidence !== 'likely')) {
      unsure = true;
      continue;
    }
    for (const cell of likelyCells(f)) {
      const seen = blamed.get(cell) ?? { certain: false, sums: 0 };
      seen.sums++;
      if (top.confidence === 'certain') seen.certain = true;
      blamed.set(cell, seen);
    }
  }
  if (unsure) into.unsure++;
  for (const [cell, seen] of blamed) {
    const to = entryOf(into, cell, () => placeLabel(cell, locale));
    to.reports++;
    if (seen.certain) to.certain++;
    to.sums += seen.sums;
  }
}

/** Adds one batch's counts into the running total. */
export function mergeLikely(into: LikelyCells, part: LikelyCells): void {
  into.unsure += part.unsure;
  for (const [cell, c] of Object.entries(part.cells)) {
    const to = entryOf(into, cell, () => c.label);
    to.reports += c.reports;
    to.certain += c.certain;
    to.sums += c.sums;
  }
}

function entryOf(into: LikelyCells, cell: string, label: () => string): LikelyCount {
  let found = into.cells[cell];
  if (!found) {
    found = { label: label(), reports: 0, certain: 0, sums: 0 };
    into.cells[cell] = found;
  }
  return found;
}
