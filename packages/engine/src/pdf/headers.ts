import { matchHeading } from '../import/labels/match.js';
import type { PageGeometry } from './geometry.js';
import type { TableRow } from './rows.js';
import { joinRuns, type Run, readingOrder } from './runs.js';

/** A table's column header rebuilt from the columns: the words over each column, stacked ones joined. */
export interface HeaderLines {
  /** Words spanning several columns (法人或其他组织, 行政复议). */
  groups: Run[][];
  /** Per column of the first row, the words over it. */
  columns: Run[][];
  top: number;
}

// How far above a table's first row its header may reach, in row heights.
const REACH = 14;

/**
 * The header over a block's first row: the runs above it, up to the table's heading, over its figure
 * columns. Headers stack words one character a line (自/然/人): words are put in columns, not in lines.
 */
export function headerOf(
  block: readonly TableRow[],
  page: PageGeometry,
  runs: readonly Run[],
): HeaderLines | undefined {
  const first = block[0]!;
  const top = Math.min(...[...first.label, ...first.data].map((r) => r.y));
  const above = runs
    .filter(
      (r) =>
        !r.used &&
        r.page === first.page &&
        r.y + r.height <= top + 1 &&
        r.x + r.width / 2 >= first.dataLeft - 1,
    )
    .sort((a, b) => b.y - a.y);
  const taken: Run[] = [];
  for (const run of above) {
    // The table's heading (larger type, a line across the page, or the words of a section's title, as
    // Chromium prints them in several runs) closes its header.
    if (run.height > first.height * 1.3 || run.width > page.width * 0.5 || isHeadingLine(run, runs)) break;
    if (top - run.y > REACH * first.height) break;
    taken.push(run);
  }
  if (taken.length === 0) return undefined;
  const columns: Run[][] = first.intervals.map(() => []);
  const groups: Run[] = [];
  for (const run of taken) {
    const at = first.intervals.findIndex(([a, b]) => run.x >= a - 2 && run.x + run.width <= b + 2);
    if (at >= 0) columns[at]!.push(run);
    else groups.push(run);
  }
  if (columns.every((c) => c.length === 0)) return undefined;
  for (const run of taken) run.used = true;
  return {
    groups: groups.length > 0 ? [readingOrder(groups).sort((a, b) => a.x - b.x)] : [],
    columns: columns.map((c) => readingOrder(c)),
    top: Math.min(...taken.map((r) => r.y)),
  };
}

/** Whether the run's line of text (all runs at its height, left to right) is a section's title. */
function isHeadingLine(run: Run, runs: readonly Run[]): boolean {
  const line = runs
    .filter((r) => r.page === run.page && Math.abs(r.cy - run.cy) < Math.min(r.height, run.height) / 2)
    .sort((a, b) => a.x - b.x);
  return (matchHeading(joinRuns(line))?.score ?? 0) >= 0.9;
}
