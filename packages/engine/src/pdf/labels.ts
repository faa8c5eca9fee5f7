import { type PageGeometry, type Rule, verticalsOf } from './geometry.js';
import type { TableRow } from './rows.js';
import type { Run } from './runs.js';

/**
 * Gives each row its label: the runs of the label area in the row's own cell. Where the table is ruled, a
 * run's cell is bounded by the horizontal rules above and below it; a cell holding several rows is a merged
 * group label (（三）不予公开) and no row's. Unruled, a run goes to the nearest row a short distance away.
 * Of the runs a row collects, only the column of its innermost label is kept (group labels stand left).
 */
export function attachLabels(page: PageGeometry, runs: readonly Run[], rows: readonly TableRow[]): void {
  if (rows.length === 0) return;
  const horizontals = page.rules.filter((r) => r.y0 === r.y1);
  const verticals = verticalsOf(page);
  // A run carries on another only inside its cell: 「三、本」 and 「（一）予以公开」 touch across a rule.
  const follows = (run: Run, before: Run) => carriesOn(run, before) && !ruleBetween(verticals, before, run);
  const taken = new Map<TableRow, Run[]>();
  for (const run of runs) {
    if (run.used || run.figure || run.width > page.width * 0.6) continue;
    const row = rowOf(run, rows, horizontals);
    if (!row) continue;
    if (!taken.has(row)) taken.set(row, []);
    taken.get(row)!.push(run);
  }
  for (const row of rows) {
    const mine = [
      ...new Set([...(taken.get(row) ?? []), ...row.lineLabel.filter((r) => !r.used && !r.figure)]),
    ];
    if (mine.length === 0) continue;
    // Runs that carry on a run of the same line (「正、」「行政机关不再处理…」) start no column of their own.
    const starts = mine.filter((r) => !mine.some((m) => follows(r, m)));
    const onLine = starts.filter((r) => Math.abs(r.cy - row.cy) < Math.min(r.height, row.height) / 2);
    // The innermost label column: the one of a run on the figures' line, else the rightmost; but a run
    // on the line left of a ruled cell border is a group label (「无法提」 of （四）无法提供 beside 2.没有…).
    const inner = (onLine.length > 0 ? onLine : starts).reduce((a, b) => (b.x > a.x ? b : a));
    const right = starts.filter((r) => r.x > inner.x + 3 && ruleBetween(verticals, inner, r));
    const anchor = right.length > 0 ? right.reduce((a, b) => (b.x > a.x ? b : a)) : inner;
    const label = starts.filter((r) => Math.abs(r.x - anchor.x) < 3);
    for (let i = 0; i < label.length; i++) {
      for (const m of mine) if (!label.includes(m) && follows(m, label[i]!)) label.push(m);
    }
    row.label = label;
    for (const r of row.label) r.used = true;
  }
}

/** Whether a vertical rule stands between two runs of a line (they sit in cells side by side). */
export function ruleBetween(verticals: readonly Rule[], left: Run, right: Run): boolean {
  const from = left.x + left.width - 0.5;
  const to = right.x + 0.5;
  return verticals.some((v) => v.x0 > from && v.x0 < to && v.y0 <= right.cy && v.y1 >= right.cy);
}

/** Whether `run` continues `before` on the same line, right after it. */
function carriesOn(run: Run, before: Run): boolean {
  return (
    run !== before &&
    Math.abs(before.cy - run.cy) < Math.min(before.height, run.height) / 2 &&
    run.x > before.x &&
    run.x - (before.x + before.width) < before.height
  );
}

function rowOf(run: Run, rows: readonly TableRow[], horizontals: readonly Rule[]): TableRow | undefined {
  const inLabelArea = rows.filter((r) => run.x + run.width <= r.dataLeft + 2 && run.height <= r.height * 1.6);
  if (inLabelArea.length === 0) return undefined;
  const xc = run.x + run.width / 2;
  let above = Number.NEGATIVE_INFINITY;
  let below = Number.POSITIVE_INFINITY;
  for (const h of horizontals) {
    if (h.x0 > xc || h.x1 < xc) continue;
    if (h.y0 <= run.cy && h.y0 > above) above = h.y0;
    if (h.y0 > run.cy && h.y0 < below) below = h.y0;
  }
  if (Number.isFinite(above) && Number.isFinite(below)) {
    const inCell = inLabelArea.filter((r) => r.cy > above && r.cy < below);
    return inCell.length === 1 ? inCell[0] : undefined;
  }
  let best: TableRow | undefined;
  for (const r of inLabelArea) if (!best || Math.abs(r.cy - run.cy) < Math.abs(best.cy - run.cy)) best = r;
  return best && Math.abs(best.cy - run.cy) <= 2.2 * run.height ? best : undefined;
}
