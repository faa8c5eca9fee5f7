import { isDigitRun } from './value.js';

/** How a row's printed cells were lined up with its columns. */
export type Fitted =
  | { status: 'ok'; cells: readonly string[]; how?: 'trimmed' | 'padded' }
  | { status: 'split'; cells: string[]; run: string }
  | { status: 'ambiguous'; run: string; candidates: string[][] };

const isEmpty = (s: string) => s.trim() === '';

/** Whether a row's figures are to be placed as loose ones (`Line.loose`, `Line.columnsUnsure`). */
export function placedLoose(
  line: { loose?: boolean; columnsUnsure?: boolean },
  cells: readonly string[],
  n: number,
): boolean {
  return line.loose === true || (line.columnsUnsure === true && cells.length < n);
}

/**
 * Lines a row's cells up with its `n` columns. Merged cells leave empty cells before or after the
 * figures; a copy that lost the cell borders glues the figures into one digit run, which is split
 * where the 总计 column (`totalLast`) equals the sum of the others, or where only one split exists.
 */
export function fitCells(cells: readonly string[], n: number, totalLast: boolean, loose = false): Fitted {
  if (loose) return fitLoose(cells, [n], totalLast);
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

/**
 * Figures told apart by spaces or not at all (`Line.loose`), to fill groups of `widths` cells: placed when
 * they are as many as the cells, or when exactly one way of cutting their digit runs makes every group's
 * total (its last cell, with `totalLast`) the sum of the others. Anything else is left blank: which cell a
 * figure belongs to cannot be told, and a figure in the wrong cell is worse than a blank.
 */
export function fitLoose(cells: readonly string[], widths: readonly number[], totalLast: boolean): Fitted {
  const tokens = cells.filter((c) => !isEmpty(c)).map((c) => c.trim());
  const n = widths.reduce((a, b) => a + b, 0);
  const run = tokens.join(' ');
  if (tokens.length === 0) return { status: 'ok', cells: Array<string>(n).fill(''), how: 'padded' };
  const splits = splitTokens(tokens, widths, totalLast, MAX_CANDIDATES + 1);
  if (tokens.length === n && (splits.length === 0 || !totalLast || splits.length > 1)) {
    // As many figures as cells: each is its cell (a total that does not add up is the validation's to report).
    return { status: 'ok', cells: tokens };
  }
  if (splits.length === 1) {
    const split = splits[0]!;
    return split.length === tokens.length && split.every((v, i) => v === tokens[i])
      ? { status: 'ok', cells: split }
      : { status: 'split', cells: split, run };
  }
  return { status: 'ambiguous', run, candidates: splits.length > MAX_CANDIDATES ? [] : splits };
}

/**
 * Every way to cut figures into groups of `widths` cells: a space always separates two cells, a digit run
 * may hold several (no figure with a leading zero), any other figure (`4068.208`) is one cell; with
 * `totalLast`, each group's last cell is the sum of its others.
 */
export function splitTokens(
  tokens: readonly string[],
  widths: readonly number[],
  totalLast: boolean,
  max = 2,
): string[][] {
  const n = widths.reduce((a, b) => a + b, 0);
  const digits = tokens.reduce((a, t) => a + t.length, 0);
  if (tokens.length > n || digits > MAX_RUN * 2 * widths.length) return [];
  const out: string[][] = [];
  const parts: string[] = [];
  let steps = 0;
  // Digits left from each token on: a cut is hopeless once the cells left outnumber them.
  const after = tokens.map((_, i) => tokens.slice(i).reduce((a, t) => a + t.length, 0));
  let cells = 0;
  const digitsOnly = tokens.map((t) => /^\d+$/.test(t));
  // token index, offset in it, group index, cells filled in the group, the group's sum so far
  const go = (t: number, at: number, g: number, filled: number, sum: number) => {
    if (out.length >= max || ++steps > MAX_STEPS) return;
    const left = n - cells;
    if (t < tokens.length && (left > after[t]! - at || left < tokens.length - t)) return;
    if (g === widths.length) {
      if (t === tokens.length) out.push([...parts]);
      return;
    }
    if (t === tokens.length) return;
    const token = tokens[t]!;
    const width = widths[g]!;
    const last = filled === width - 1;
    const whole = !digitsOnly[t];
    let minLen = 1;
    let maxLen = whole ? token.length - at : token[at] === '0' ? 1 : Math.min(token.length - at, 15);
    if (whole) minLen = maxLen;
    else if (last && totalLast) {
      // The total is the sum: only the piece that prints it can be the last cell.
      const want = String(sum);
      if (!token.startsWith(want, at)) return;
      minLen = maxLen = want.length;
    }
    for (let len = minLen; len <= maxLen; len++) {
      const piece = token.slice(at, at + len);
      const value = Number(piece);
      if (last && totalLast && value !== sum) continue;
      const end = at + len === token.length;
      parts.push(piece);
      cells++;
      const nextT = end ? t + 1 : t;
      const nextAt = end ? 0 : at + len;
      if (last) go(nextT, nextAt, g + 1, 0, 0);
      else go(nextT, nextAt, g, filled + 1, sum + value);
      parts.pop();
      cells--;
    }
  };
  go(0, 0, 0, 0, 0);
  return out;
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
