/**
 * How a true figure most likely became the printed one, the slips that happen when a report is
 * typed up: ranked so that a proposal explained by a common slip comes before one explained by none.
 */
export type Slip =
  | 'totalLeftZero'
  | 'swappedDigits'
  | 'droppedDigit'
  | 'doubledDigit'
  | 'extraDigit'
  | 'neighbourFigure'
  | 'mistypedDigit'
  | 'leftZero'
  | 'none';

/** Weight of each slip: higher is likelier. Leaving a total at 0 beside filled parts is the commonest. */
export const slipWeight: Record<Slip, number> = {
  totalLeftZero: 6,
  swappedDigits: 5,
  droppedDigit: 4,
  doubledDigit: 4,
  extraDigit: 3,
  neighbourFigure: 3,
  mistypedDigit: 2,
  leftZero: 1,
  none: 0,
};

/** What the cell is, beyond its two values, that makes some slips possible. */
export interface SlipContext {
  /** The cell is a total (the cell its sum derives). */
  isTotal: boolean;
  /** Figures printed in the cells beside it (one column or one row off). */
  neighbours: readonly number[];
}

/** The likeliest slip that turns `truth` into `printed`. */
export function slipOf(printed: number, truth: number, context: SlipContext): Slip {
  if (printed === 0 && truth > 0) return context.isTotal ? 'totalLeftZero' : 'leftZero';
  const p = String(printed);
  const t = String(truth);
  if (p.length === t.length) {
    const diff: number[] = [];
    for (let i = 0; i < p.length; i++) if (p[i] !== t[i]) diff.push(i);
    const [i, j] = diff as [number, number];
    if (diff.length === 2 && j === i + 1 && p[i] === t[j] && p[j] === t[i]) return 'swappedDigits';
    if (context.neighbours.includes(printed)) return 'neighbourFigure';
    if (diff.length === 1) return 'mistypedDigit';
    return 'none';
  }
  if (p.length === t.length - 1 && dropsOne(t, p)) return 'droppedDigit';
  if (p.length === t.length + 1 && dropsOne(p, t)) {
    // 12 → 112 or 122: the digit typed twice sits next to its copy.
    for (let i = 0; i + 1 < p.length; i++)
      if (p[i] === p[i + 1] && p.slice(0, i) + p.slice(i + 1) === t) return 'doubledDigit';
    return 'extraDigit';
  }
  return context.neighbours.includes(printed) ? 'neighbourFigure' : 'none';
}

/** Whether deleting one character of `long` gives `short`. */
function dropsOne(long: string, short: string): boolean {
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}
