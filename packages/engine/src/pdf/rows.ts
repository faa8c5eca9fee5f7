import { type PageGeometry, type Rule, verticalsOf } from './geometry.js';
import { joinRuns, type Run } from './runs.js';

/** A line of figures in a table, with the cells its columns give it. */
export interface TableRow {
  page: number;
  cy: number;
  /** Height of its figures (distances are measured in it). */
  height: number;
  /** The line's runs left of the figures (its label, when printed on the figures' line). */
  lineLabel: Run[];
  /** Runs right of the label, before they are put in columns. */
  data: Run[];
  /** Left edge of the first figure column. */
  dataLeft: number;
  /** Column intervals of this row, from the ruling lines or the alignment of full rows. */
  intervals: [number, number][];
  ruled: boolean;
  cells: string[];
  cellRuns: Run[][];
  /** Columns where two figures fell into one cell: left blank, never guessed. */
  conflicts: number[];
  label: Run[];
}

// A prose line may hold a figure (…共计 95 个): a row's text right of its first figure is at most a note.
const NOTE = /^[(（][^)）]*[)）]$/;

/** A line that may be a table row: figures to its right (a note at most after them), a short label left. */
interface FigureLine {
  cy: number;
  height: number;
  left: Run[];
  right: Run[];
  labelText: string;
}

/**
 * The lines of one page that may be table rows, whatever the rules say (they only decide among these):
 * a page without any holds no table, and its ruling lines need not be read.
 */
export function figureLines(runs: readonly Run[]): FigureLine[] {
  const figures = runs.filter((r) => r.figure).sort((a, b) => a.cy - b.cy);
  const clusters: Run[][] = [];
  for (const f of figures) {
    const last = clusters[clusters.length - 1];
    if (last && Math.abs(f.cy - last[0]!.cy) < Math.min(f.height, last[0]!.height) / 2) last.push(f);
    else clusters.push([f]);
  }
  const lines: FigureLine[] = [];
  for (const cluster of clusters) {
    const cy = cluster[0]!.cy;
    const height = Math.max(...cluster.map((f) => f.height));
    const line = runs
      .filter((r) => Math.abs(r.cy - cy) < Math.min(r.height, height) / 2)
      .sort((a, b) => a.x - b.x);
    const first = line.findIndex((r) => r.figure);
    const left = line.slice(0, first);
    const right = line.slice(first);
    if (right.some((r) => !r.figure && !NOTE.test(r.text))) continue;
    const labelText = joinRuns(left);
    if (labelText.length > 40) continue;
    lines.push({ cy, height, left, right, labelText });
  }
  return lines;
}

/** The lines of figures on one page that are table rows, with the vertical rules that cross each. */
export function findRows(page: PageGeometry, runs: Run[]): TableRow[] {
  const verticals = verticalsOf(page);
  const rows: TableRow[] = [];
  for (const { cy, height, left, right, labelText } of figureLines(runs)) {
    const crossing = crossingAt(verticals, cy, height);
    const count = right.filter((r) => r.figure).length;
    if (count === 1 && crossing.length < 2) {
      // A lone figure is a row only with a short label well apart from it (规章 …… 12), as tables print.
      const lastLeft = left[left.length - 1];
      if (!lastLeft || labelText.length > 24 || right[0]!.x - (lastLeft.x + lastLeft.width) < 1.5 * height)
        continue;
    }
    const intervals: [number, number][] = [];
    for (let i = 1; i < crossing.length; i++) intervals.push([crossing[i - 1]!, crossing[i]!]);
    const ruled =
      intervals.length > 0 &&
      right[0]!.x >= crossing[0]! - 1 &&
      right.every((r) => r.x + r.width <= crossing.at(-1)! + 1);
    rows.push({
      page: page.page,
      cy,
      height,
      lineLabel: left,
      data: right,
      dataLeft: right[0]!.x,
      intervals: ruled ? intervals : [],
      ruled,
      cells: [],
      cellRuns: [],
      conflicts: [],
      label: [],
    });
  }
  return rows;
}

/** The x of the vertical rules crossing a line at height `cy`, left to right, near-duplicates merged. */
function crossingAt(verticals: readonly Rule[], cy: number, height: number): number[] {
  const xs = verticals
    .filter((v) => v.y0 <= cy - height / 4 && v.y1 >= cy + height / 4)
    .map((v) => v.x0)
    .sort((a, b) => a - b);
  const out: number[] = [];
  for (const x of xs) if (out.length === 0 || x - out[out.length - 1]! > 1.5) out.push(x);
  return out;
}

/** Rows of one table (no heading or long gap between them): they share the label area and the columns. */
export function blocksOf(rows: readonly TableRow[]): TableRow[][] {
  const blocks: TableRow[][] = [];
  for (const row of rows) {
    const block = blocks[blocks.length - 1];
    const last = block?.[block.length - 1];
    if (block && last && last.page === row.page && row.cy - last.cy < 8 * Math.max(row.height, last.height))
      block.push(row);
    else blocks.push([row]);
  }
  return blocks;
}

/**
 * Puts each row's figures in its columns: the interval that holds a figure's centre is its column. The
 * columns are the ruling lines' where the table is ruled; else the header's (`headerCentres`) where it
 * names more columns than any row has figures; else the alignment of the rows with the most figures.
 * Gives the column centres it used (unruled), for a table's next page.
 */
export function placeColumns(block: TableRow[], headerCentres: readonly number[] = []): number[] {
  // The first figure column starts where the leftmost figure of any row does (a blank first cell moves none).
  let dataLeft = Number.POSITIVE_INFINITY;
  for (const row of block) {
    const x = row.data[0]!.x;
    const interval = row.ruled ? row.intervals.find(([a, b]) => x + 0.5 >= a && x < b) : undefined;
    dataLeft = Math.min(dataLeft, interval ? interval[0] : x - 0.5);
  }
  const aligned = alignedCenters(block);
  const named = withFigureColumns(headerCentres, block);
  const centers = named.length > aligned.length ? named : aligned;
  for (const row of block) {
    row.dataLeft = dataLeft;
    if (row.ruled) row.intervals = row.intervals.filter(([a]) => a >= dataLeft - 1);
    else row.intervals = intervalsOf(centers, dataLeft);
    row.cellRuns = row.intervals.map(() => []);
    for (const run of row.data) {
      const centre = run.x + run.width / 2;
      const at = row.intervals.findIndex(([a, b]) => centre >= a && centre < b);
      if (at >= 0) row.cellRuns[at]!.push(run);
    }
    row.cells = row.cellRuns.map((cell, column) => {
      cell.sort((a, b) => a.x - b.x);
      for (const r of cell) r.used = true;
      const figures = cell.filter((r) => r.figure);
      // Two figures apart in one column: which is the cell's is not known, so neither is taken.
      for (let i = 1; i < figures.length; i++) {
        const gap = figures[i]!.x - (figures[i - 1]!.x + figures[i - 1]!.width);
        if (gap > 0.35 * figures[i]!.height) {
          row.conflicts.push(column);
          return '';
        }
      }
      return cell.map((r) => r.text).join('');
    });
  }
  return centers;
}

/** Column centres from the rows that print every figure (the most figures any row of the block has). */
function alignedCenters(block: readonly TableRow[]): number[] {
  const counts = block.map((r) => r.data.filter((d) => d.figure).length);
  const most = Math.max(...counts);
  const columns: number[][] = Array.from({ length: most }, () => []);
  block.forEach((row, i) => {
    if (counts[i] !== most) return;
    row.data
      .filter((d) => d.figure)
      .forEach((d, k) => {
        columns[k]!.push(d.x + d.width / 2);
      });
  });
  return columns.map((xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!);
}

// Figures of one column, right-aligned, differ in centre by half their difference in width: less than this.
const SAME_COLUMN = 14;

/**
 * The header's columns, with those where figures stand under no header word: a header cut by a page
 * break names only its lower row (商业企业 … 其他) on the page of the figures, and 自然人 and 总计 are known
 * there only by the figures under them.
 */
function withFigureColumns(header: readonly number[], block: readonly TableRow[]): number[] {
  if (header.length === 0) return [];
  const spacing =
    header.length > 1 ? (header.at(-1)! - header[0]!) / (header.length - 1) : Number.POSITIVE_INFINITY;
  const reach = Math.min(spacing / 2, 3 * SAME_COLUMN);
  const figures = block
    .flatMap((row) => row.data.filter((d) => d.figure).map((d) => d.x + d.width / 2))
    .sort((a, b) => a - b);
  const clusters: number[][] = [];
  for (const x of figures) {
    const last = clusters[clusters.length - 1];
    if (last && x - last[last.length - 1]! < SAME_COLUMN) last.push(x);
    else clusters.push([x]);
  }
  const out = [...header];
  for (const cluster of clusters) {
    const centre = cluster[Math.floor(cluster.length / 2)]!;
    if (!header.some((h) => Math.abs(h - centre) < reach)) out.push(centre);
  }
  return out.sort((a, b) => a - b);
}

function intervalsOf(centers: readonly number[], dataLeft: number): [number, number][] {
  return centers.map((c, k) => [
    k === 0 ? Math.min(dataLeft, c) : (centers[k - 1]! + c) / 2,
    k === centers.length - 1 ? Number.POSITIVE_INFINITY : (c + centers[k + 1]!) / 2,
  ]);
}
