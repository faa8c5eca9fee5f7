import { isDigitRun } from './value.js';

/** How a row's printed cells were lined up with its columns. */
export type Fitted =
  | { status: 'ok'; cells: readonly string[]; how?: 'trimmed' | 'padded' }
  | { status: 'split'; cells: string[]; run: string }
  | { status: 'ambiguous'; run: string; candidates: string[][] };

const isEmpty = (s: string) => s.trim() === '';

/**
 * Lines a row's cells up with its `n` columns. Merged cells leave empty cells before or after the
 * figures; a copy that lost the cell borders glues the figures into one digit run, which is split
 * where the 总计 column (`totalLast`) equals the sum of the others, or where only one split exists.
 */
export function fitCells(cells: readonly string[], n: number, totalLast: boolean): Fitted {
  if (cells.length === n) return { status: 'ok', cells };
  if (cells.length > n) return { status: 'ok', cells: window(cells, n, totalLast), how: 'trimmed' };
  const filled = cells.filter((c) => !isEmpty(c));
  if (n > 1 && filled.length === 1 && cells.length <= 2 && isDigitRun(filled[0]!)) {
    const run = filled[0]!.trim();
    if (run.length >= n) {
      const splits = splitRun(run, n, totalLast, MAX_CANDIDATES + 1);
      if (splits.length === 1) return { status: 'split', cells: splits[0]!, run };
      if (splits.length > 1) {
        return { status: 'ambiguous', run, candidates: splits.length > MAX_CANDIDATES ? [] : splits };
      }
    }
  }
  return { status: 'ok', cells: [...cells, ...Array<string>(n - cells.length).fill('')], how: 'padded' };
}

/** The n consecutive cells whose neighbours left out are all empty, preferring ones that add up. */
function window(cells: readonly string[], n: number, totalLast: boolean): string[] {
  const candidates: string[][] = [];
  for (let start = 0; start + n <= cells.length; start++) {
    // Every cell left out (before `start`, after `start + n`) must be empty.
    let fits = true;
    for (let i = 0; i < cells.length && fits; i++) {
      if ((i < start || i >= start + n) && !isEmpty(cells[i]!)) fits = false;
    }
    if (fits) candidates.push(cells.slice(start, start + n));
  }
  if (candidates.length === 0) {
    // Too many figures: keep the first n (the labels' merged cells came before them).
    const firstFigure = cells.findIndex((c) => !isEmpty(c));
    return cells.slice(firstFigure, firstFigure + n);
  }
  // The sums can only tell windows apart when every cell in them is filled (a blank is not checkable).
  if (totalLast) {
    const adding = candidates.filter((c) => c.every((v) => !isEmpty(v)) && addsUp(c));
    if (adding.length > 0) return adding[adding.length - 1]!;
  }
  // Merged label cells stand before the figures more often than after them.
  return candidates[candidates.length - 1]!;
}

function addsUp(cells: readonly string[]): boolean {
  const nums = cells.map((c) => Number(c.trim()));
  if (nums.some((v, i) => Number.isNaN(v) || isEmpty(cells[i]!))) return false;
  const total = nums[nums.length - 1]!;
  return nums.slice(0, -1).reduce((a, b) => a + b, 0) === total;
}

// Splits kept for the table's sums to choose from; a run with more is left blank.
const MAX_CANDIDATES = 32;
// Bounds the search on a hostile digit run.
const MAX_STEPS = 200_000;
const MAX_RUN = 40;

/** Every way to cut a digit run into n figures without leading zeros (and adding up, with a total). */
export function splitRun(run: string, n: number, totalLast: boolean, max = 2): string[][] {
  if (run.length > MAX_RUN) return [];
  const out: string[][] = [];
  let steps = 0;
  const parts: string[] = [];
  const go = (pos: number, sum: number) => {
    if (out.length >= max || ++steps > MAX_STEPS) return;
    const left = n - parts.length;
    const remaining = run.length - pos;
    if (left === 0) {
      if (remaining === 0) out.push([...parts]);
      return;
    }
    if (remaining < left) return;
    if (left === 1 && totalLast) {
      const last = run.slice(pos);
      if ((last.length === 1 || last[0] !== '0') && Number(last) === sum) out.push([...parts, last]);
      return;
    }
    const maxLen = run[pos] === '0' ? 1 : Math.min(remaining - (left - 1), 9);
    for (let len = 1; len <= maxLen; len++) {
      const piece = run.slice(pos, pos + len);
      parts.push(piece);
      go(pos + len, sum + Number(piece));
      parts.pop();
    }
  };
  go(0, 0);
  return out;
}
