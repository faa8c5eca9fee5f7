import { matchFixture, matchHeading, matchRowExact, numberingOfLabel } from '../import/labels/match.js';
import type { Rule } from './geometry.js';
import { ruleBetween } from './labels.js';
import { boxOf, joinRuns, type Run } from './runs.js';

/** A line of text outside the tables' rows and headers: prose, headings, group labels, notes. */
export interface TextLine {
  page: number;
  top: number;
  left: number;
  right: number;
  height: number;
  /** Bottom edge (a stack of merged lines reaches below its first line). */
  bottom: number;
  cells: Run[][];
}

/**
 * The page's remaining runs as lines (centres within half a height), cells split at wide gaps. Among a
 * table's rows each cell is a line of its own, and a ruled border splits one too: cells side by side
 * (「三、本年」 of 三、本年度办理结果 and 「法提供」 of （四）无法提供, each stacked in its own merged cell) are
 * separate labels, however close, to be stacked each with the rest of its cell.
 */
export function textLinesOf(
  runs: readonly Run[],
  verticals: readonly Rule[] = [],
  // Where the tables' rows are (top, bottom): only there are the cells side by side labels. A header's
  // words and notes stand over several cells and stay whole.
  bands: readonly [number, number][] = [],
): TextLine[] {
  const inTable = (run: Run) => bands.some(([top, bottom]) => run.cy > top && run.cy < bottom);
  const rest = runs.filter((r) => !r.used).sort((a, b) => a.cy - b.cy || a.x - b.x);
  const groups: Run[][] = [];
  for (const run of rest) {
    const line = groups.find((g) => Math.abs(run.cy - g[0]!.cy) < Math.min(run.height, g[0]!.height) / 2);
    if (line) line.push(run);
    else groups.push([run]);
  }
  const split = groups.flatMap((group) => {
    group.sort((a, b) => a.x - b.x);
    const parts: Run[][] = [];
    for (const run of group) {
      const part = parts[parts.length - 1];
      const last = part?.[part.length - 1];
      const apart =
        last !== undefined &&
        inTable(run) &&
        (ruleBetween(verticals, last, run) || run.x - (last.x + last.width) > cellGap(run, last));
      if (part && !apart) part.push(run);
      else parts.push([run]);
    }
    return parts;
  });
  const lines = split.map((group): TextLine => {
    const cells: Run[][] = [];
    let last: Run | undefined;
    for (const run of group) {
      if (last && run.x - (last.x + last.width) <= cellGap(run, last)) cells.at(-1)!.push(run);
      else cells.push([run]);
      last = run;
    }
    const box = boxOf(group)!;
    return {
      page: box.page,
      top: box.y,
      left: box.x,
      right: box.x + box.width,
      height: Math.max(...group.map((r) => r.height)),
      bottom: box.y + box.height,
      cells,
    };
  });
  return joinedNotes(stackMerged(lines.sort((a, b) => a.top - b.top || a.left - b.left)));
}

/** A gap wider than this between two runs of a line parts two cells. */
const cellGap = (a: Run, b: Run) => 1.5 * Math.min(a.height, b.height);

/**
 * Words printed one character (or a few) a line in a merged cell (三、/本/年/度…, （三）不/予公开) are one
 * label: short one-cell lines starting at the same x, one line apart, are joined.
 */
function stackMerged(lines: TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  for (const line of lines) {
    const short = line.cells.length === 1 && joinRuns(line.cells[0]!).length <= 14;
    const prev = [...out].reverse().find((p) => Math.abs(p.left - line.left) < 2 && p.cells.length === 1);
    if (
      short &&
      prev &&
      joinRuns(prev.cells[0]!).length <= 40 &&
      Math.abs(prev.height - line.height) < 0.5 &&
      line.top - prev.bottom <= 1.2 * line.height &&
      line.top > prev.top &&
      // Two rows of a table with no figure in them (「规章」 over 「规范性文件」) are two labels, not one;
      // and a numbered line (「4.无正当理由大」 under 「3.要求提供公开出版物」) starts a label of its own.
      !(matchRowExact(textOf(prev)) && matchRowExact(textOf(line))) &&
      numberingOfLabel(textOf(line)) === '' &&
      // A section heading is never the rest of a merged label (「二、主动公开政府信息情况」 under prose).
      !isHeading(line) &&
      !out.some(
        (o) =>
          o !== prev && o.top > prev.top && o.top < line.top && o.left < line.right && o.right > line.left,
      )
    ) {
      prev.cells[0]!.push(...line.cells[0]!);
      prev.right = Math.max(prev.right, line.right);
      prev.bottom = Math.max(prev.bottom, line.bottom);
      continue;
    }
    out.push(line);
  }
  return out;
}

/** Lines at most this many make up a table's printed note. */
const NOTE_LINES = 4;

/**
 * A table's printed note wrapped over the lines of its narrow cell (the official template prints
 * 「（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）」 over the label column of 三) is one
 * line again: lines one under another at the same left are joined when, and only when, together they are
 * the catalogue's note. Apart, each piece is text that belongs nowhere.
 */
function joinedNotes(lines: TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!;
    let end = -1;
    if (first.cells.length === 1 && joinRuns(first.cells[0]!).startsWith('（')) {
      let text = joinRuns(first.cells[0]!);
      let last = first;
      for (let j = i + 1; j < lines.length && j < i + NOTE_LINES; j++) {
        const line = lines[j]!;
        if (line.cells.length !== 1 || Math.abs(line.left - first.left) > 2) break;
        if (line.top - last.bottom > 1.2 * line.height || line.top <= last.top) break;
        text += joinRuns(line.cells[0]!);
        last = line;
        if (matchFixture(text)?.kind === 'note') end = j;
      }
    }
    if (end < 0) {
      out.push(first);
      continue;
    }
    const parts = lines.slice(i + 1, end + 1);
    for (const part of parts) first.cells[0]!.push(...part.cells[0]!);
    first.right = Math.max(first.right, ...parts.map((p) => p.right));
    first.bottom = Math.max(first.bottom, ...parts.map((p) => p.bottom));
    out.push(first);
    i = end;
  }
  return out;
}

/** Text of a prose line, for joining paragraphs. */
export const textOf = (line: TextLine): string => line.cells.map((c) => joinRuns(c)).join(' ');

/**
 * Paragraphs rejoined across line and page breaks: a line that reaches the right margin is carried on by
 * the next one when that starts at the left margin (a new paragraph is indented) in the same type size.
 * `null` stands for a table row or header in the flow.
 */
export function paragraphs(lines: readonly (TextLine | null)[]): (TextLine[] | null)[] {
  const margins = new Map<number, { left: number; right: number }>();
  for (const l of lines) {
    if (l?.cells.length !== 1 || textOf(l).length < 10) continue;
    const m = margins.get(l.page) ?? { left: l.left, right: l.right };
    margins.set(l.page, { left: Math.min(m.left, l.left), right: Math.max(m.right, l.right) });
  }
  const out: (TextLine[] | null)[] = [];
  let previous: TextLine | undefined;
  for (const line of lines) {
    // A table row or header between two lines ends the paragraph.
    if (!line) {
      out.push(null);
      previous = undefined;
      continue;
    }
    const para = out[out.length - 1];
    const m = margins.get(line.page);
    const pm = previous ? margins.get(previous.page) : undefined;
    if (para && previous && m && pm && carriesOn(previous, line, pm.right, m.left)) para.push(line);
    else out.push([line]);
    previous = line;
  }
  return out;
}

function carriesOn(previous: TextLine, line: TextLine, right: number, left: number): boolean {
  return (
    previous.cells.length === 1 &&
    line.cells.length === 1 &&
    Math.abs(previous.height - line.height) < 0.2 * line.height &&
    previous.right >= right - 2 * line.height &&
    line.left - left < 0.8 * line.height &&
    (line.page === previous.page
      ? line.top - previous.bottom < 1.5 * line.height
      : line.page === previous.page + 1) &&
    // A section heading starts its own line even where the prose before it reaches the margin (asked
    // last: only of a line that would otherwise carry on).
    !isHeading(line)
  );
}

const isHeading = (line: TextLine): boolean => (matchHeading(textOf(line))?.score ?? 0) >= 0.9;
