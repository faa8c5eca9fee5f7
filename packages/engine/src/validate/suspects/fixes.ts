import { settle } from './settle.js';
import type { System } from './system.js';

/** A set of cells and the values that make every sum of their component hold. */
export interface Fix {
  cells: number[];
  values: number[];
}

/** The most cells a proposal may change; beyond this the figures say too little to guess. */
export const MAX_CELLS = 2;

/**
 * The smallest fixes of one component of the system: every one-cell fix, or failing that every
 * two-cell fix, or failing that the totals left 0 beside filled parts, or none. Blank cells are unknowns throughout (never 0); a fix must pin the value
 * of each cell it changes. `numbers` is NaN where blank.
 */
export function smallestFixes(system: System, numbers: Float64Array, equations: readonly number[]): Fix[] {
  const failing = failingEquations(system, numbers, equations);
  if (failing.length === 0) return [];
  const work = new Float64Array(numbers.length);
  const tryFix = (cells: number[]): Fix | undefined => {
    work.set(numbers);
    for (const c of cells) work[c] = Number.NaN;
    if (settle(system, work, equations) !== 'ok') return undefined;
    const values = cells.map((c) => work[c] as number);
    // A value left free is no proposal; an unchanged value means a smaller fix exists.
    if (values.some((v, k) => Number.isNaN(v) || v === numbers[cells[k] as number])) return undefined;
    return { cells, values };
  };
  const singles: Fix[] = [];
  for (const c of cellsOf(system, numbers, failing[0] as number)) {
    // A one-cell fix must sit in every failing sum: a sum without it cannot change.
    if (!failing.every((e) => (system.cells[e] as Int32Array).includes(c))) continue;
    const fix = tryFix([c]);
    if (fix) singles.push(fix);
  }
  if (singles.length > 0) return singles;
  const doubles = pairs(system, numbers, failing).flatMap((pair) => tryFix(pair) ?? []);
  if (doubles.length > 0) return doubles;
  const zeros = totalsLeftZero(system, numbers, equations, work);
  return zeros ? [zeros] : [];
}

/**
 * The one slip that changes many cells and still says which: totals printed 0 (a whole 总计 column
 * or row left at 0) while their parts are filled. Every total printed 0 becomes unknown; if the sums
 * then pin them all and hold, the ones that come out non-zero are the fix.
 */
function totalsLeftZero(
  system: System,
  numbers: Float64Array,
  equations: readonly number[],
  work: Float64Array,
): Fix | undefined {
  const zeros = new Set<number>();
  for (const e of equations)
    for (const c of system.cells[e] as Int32Array) {
      const def = system.plan.cells[c];
      if (numbers[c] === 0 && (def?.columnDef.isTotal || def?.row.isTotal)) zeros.add(c);
    }
  if (zeros.size <= MAX_CELLS) return undefined;
  work.set(numbers);
  for (const c of zeros) work[c] = Number.NaN;
  if (settle(system, work, equations) !== 'ok') return undefined;
  const cells = [...zeros].sort((a, b) => a - b);
  if (cells.some((c) => Number.isNaN(work[c] as number))) return undefined;
  const changed = cells.filter((c) => work[c] !== 0);
  return changed.length > MAX_CELLS
    ? { cells: changed, values: changed.map((c) => work[c] as number) }
    : undefined;
}

/** The equations whose every cell is filled in and which do not hold. */
export function failingEquations(
  system: System,
  numbers: Float64Array,
  equations: readonly number[],
): number[] {
  const out: number[] = [];
  for (const e of equations) {
    const list = system.cells[e] as Int32Array;
    const signs = system.coefs[e] as Int8Array;
    let sum = system.constants[e] as number;
    for (let k = 0; k < list.length; k++)
      sum += (signs[k] as number) * (numbers[list[k] as number] as number);
    if (!Number.isNaN(sum) && Math.abs(sum) > 1e-9 * Math.max(1, Math.abs(sum))) out.push(e);
  }
  return out;
}

function cellsOf(system: System, numbers: Float64Array, e: number): number[] {
  return Array.from(system.cells[e] as Int32Array).filter((c) => !Number.isNaN(numbers[c] as number));
}

/**
 * Pairs of filled cells that could explain the failing sums together: the first sits in the first
 * failing sum; the second in the first failing sum the first misses, or, when the first is in all
 * of them, in a sum beside it (to mend what changing the first would break).
 */
function pairs(system: System, numbers: Float64Array, failing: number[]): number[][] {
  const seen = new Set<number>();
  const out: number[][] = [];
  const n = numbers.length;
  for (const a of cellsOf(system, numbers, failing[0] as number)) {
    const missed = failing.find((e) => !(system.cells[e] as Int32Array).includes(a));
    const around = missed !== undefined ? [missed] : (system.ofCell[a] as number[]);
    for (const e of around) {
      for (const b of cellsOf(system, numbers, e)) {
        if (b === a) continue;
        const key = Math.min(a, b) * n + Math.max(a, b);
        if (seen.has(key)) continue;
        seen.add(key);
        // Both together must reach every failing sum.
        const list = (x: number) => system.cells[x] as Int32Array;
        if (!failing.every((f) => list(f).includes(a) || list(f).includes(b))) continue;
        out.push(a < b ? [a, b] : [b, a]);
      }
    }
  }
  return out;
}
