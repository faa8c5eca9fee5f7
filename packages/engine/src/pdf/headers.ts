import { matchHeading } from '../import/labels/match.js';
import type { PageGeometry } from './geometry.js';
import type { TableRow } from './rows.js';
import { joinRuns, type Run, readingOrder } from './runs.js';

/** A table's column header rebuilt from the columns: the words over each column, stacked ones joined. */
export interface HeaderLines {
  /** Lines of words spanning several columns (法人或其他组织, 行政复议): each line its words. */
  groups: Run[][][];
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
  const taken = headerRuns(first, page, runs, first.dataLeft - 1);
  if (taken.length === 0) return undefined;
  const columns: Run[][] = first.intervals.map(() => []);
  const groups: Run[][] = [];
  // Words, not runs, go to a column: 「申请人情况」 printed as 「申请」「人」「情况」 spans the columns as a
  // whole, and its 「人」 alone must not be read as part of the column it happens to sit over.
  for (const word of wordsOf(taken)) {
    const left = word[0]!.x;
    const right = Math.max(...word.map((r) => r.x + r.width));
    const at = first.intervals.findIndex(([a, b]) => left >= a - 2 && right <= b + 2);
    if (at >= 0) columns[at]!.push(...word);
    else groups.push(word);
  }
  if (columns.every((c) => c.length === 0)) return undefined;
  for (const run of taken) run.used = true;
  return {
    groups: groups.length > 0 ? [groups] : [],
    columns: columns.map((c) => readingOrder(c)),
    top: Math.min(...taken.map((r) => r.y)),
  };
}

/**
 * The runs over a block's first row that may be its header, nearest first: those right of `left`, up to
 * the table's heading (larger type, a line across the page, or the words of a section's title, as
 * Chromium prints them in several runs) or a few rows' height.
 */
function headerRuns(first: TableRow, page: PageGeometry, runs: readonly Run[], left: number): Run[] {
  const top = Math.min(...[...first.label, ...first.data].map((r) => r.y));
  const over = runs
    .filter((r) => r.page === first.page && r.y + r.height <= top + 1)
    .sort((a, b) => b.y - a.y);
  const ceiling = headingAbove(over, runs, top - REACH * first.height, left);
  const above = over.filter((r) => !r.used && r.y > ceiling && r.x + r.width / 2 >= left);
  const taken: Run[] = [];
  for (const run of above) {
    if (run.height > first.height * 1.3 || run.width > page.width * 0.5 || isHeadingLine(run, runs)) break;
    if (top - run.y > REACH * first.height) break;
    taken.push(run);
  }
  return taken;
}

/**
 * The centres of a table's columns as its header prints them, for a table without ruling lines: each
 * column's words (stacked ones overlap), the words over several of them (法人或其他组织) left aside.
 * Blank columns (no body applied: 商业企业 … 其他 empty in every row) have a header but no figure to
 * align on: without this, a row's 总计 would be taken for its second column.
 */
export function headerCentres(
  block: readonly TableRow[],
  page: PageGeometry,
  runs: readonly Run[],
): number[] {
  const first = block[0]!;
  // Right of every row's label: the header of the figures, not the label column's.
  let left = Number.NEGATIVE_INFINITY;
  for (const row of block) for (const r of row.lineLabel) left = Math.max(left, r.x + r.width);
  if (!Number.isFinite(left)) left = first.dataLeft - first.height;
  const words = wordsOf(headerRuns(first, page, runs, left)).map((word) => ({
    x0: word[0]!.x,
    x1: Math.max(...word.map((r) => r.x + r.width)),
    y: Math.min(...word.map((r) => r.y)),
  }));
  const columns = words.filter(
    (w) => words.filter((o) => o !== w && o.y > w.y && o.x0 >= w.x0 - 2 && o.x1 <= w.x1 + 2).length < 2,
  );
  columns.sort((a, b) => a.x0 - b.x0);
  const spans: [number, number][] = [];
  for (const w of columns) {
    const last = spans[spans.length - 1];
    if (last && w.x0 < last[1]) last[1] = Math.max(last[1], w.x1);
    else spans.push([w.x0, w.x1]);
  }
  return spans.map(([a, b]) => (a + b) / 2);
}

/**
 * The runs of a header as words: runs of one line that follow each other with less than half a glyph
 * between them (a cell's text), in reading order. Words of neighbouring cells stand further apart.
 */
function wordsOf(runs: readonly Run[]): Run[][] {
  const words: Run[][] = [];
  for (const run of readingOrder(runs)) {
    const word = words[words.length - 1];
    const last = word?.[word.length - 1];
    const gap = last ? run.x - (last.x + last.width) : Number.POSITIVE_INFINITY;
    if (
      word &&
      last &&
      Math.abs(run.cy - last.cy) < Math.min(run.height, last.height) / 2 &&
      gap > -0.5 * run.height &&
      gap < 0.5 * Math.min(run.height, last.height)
    )
      word.push(run);
    else words.push([run]);
  }
  return words;
}

/**
 * The top of the nearest section heading among `over` (the runs over a table, nearest first) that stands
 * left of its figure columns (at the margin, over the labels), or -Infinity. Such a heading is not among
 * the runs over the figure columns, and without it the search for the header went on past it into the
 * prose above: the 2019 print of the 上海 report read 「工作人员的工作能力和水平。」, the end of a
 * paragraph, as a header over table 二.
 */
function headingAbove(over: readonly Run[], runs: readonly Run[], reach: number, left: number): number {
  for (const run of over) {
    if (run.y < reach) break;
    if (run.x + run.width / 2 < left && isHeadingLine(run, runs)) return run.y;
  }
  return Number.NEGATIVE_INFINITY;
}

/** Whether the run's line of text (all runs at its height, left to right) is a section's title. */
function isHeadingLine(run: Run, runs: readonly Run[]): boolean {
  const line = runs
    .filter((r) => r.page === run.page && Math.abs(r.cy - run.cy) < Math.min(r.height, run.height) / 2)
    .sort((a, b) => a.x - b.x);
  return (matchHeading(joinRuns(line))?.score ?? 0) >= 0.9;
}
