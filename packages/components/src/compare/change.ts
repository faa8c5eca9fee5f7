/** How one cell moved from last year to this year. */
export interface CellChange {
  current: number | null;
  previous: number | null;
  /** current − previous, when both are figures. */
  delta?: number;
  /** delta / |previous|, when previous is a figure other than 0. */
  ratio?: number;
  kind: 'same' | 'up' | 'down' | 'new' | 'gone' | 'blank' | 'incomparable';
  big: boolean;
}

/** What counts as a big change: at least `threshold` relative and `minChange` absolute. */
export interface BigChange {
  threshold: number;
  minChange: number;
}

/** Compares one cell; `previous` is `undefined` when last year's report has no such cell (other format). */
export function compareCell(
  current: number | null,
  previous: number | null | undefined,
  big: BigChange,
): CellChange {
  if (previous === undefined) return { current, previous: null, kind: 'incomparable', big: false };
  if (current === null && previous === null) return { current, previous, kind: 'blank', big: false };
  if (previous === null) return { current, previous, kind: 'new', big: false };
  if (current === null) return { current, previous, kind: 'gone', big: false };
  const delta = round(current - previous);
  const ratio = previous === 0 ? undefined : delta / Math.abs(previous);
  const kind = delta === 0 ? 'same' : delta > 0 ? 'up' : 'down';
  const isBig =
    Math.abs(delta) >= big.minChange &&
    (ratio === undefined ? delta !== 0 : Math.abs(ratio) >= big.threshold);
  return { current, previous, delta, ...(ratio === undefined ? {} : { ratio }), kind, big: isBig };
}

// 万元 amounts: keep the subtraction from printing 0.30000000000000004.
const round = (n: number) => Math.round(n * 1e6) / 1e6;
