/**
 * Table grids found from their ruling lines on the binarised page: horizontal lines are long runs of ink
 * in a row; between two of them, a vertical line is a column of ink across the whole band (text never
 * fills a band top to bottom: cells are padded). Cells are the boxes between the verticals of a band; a
 * cell whose top line is missing continues the cell above (a merged label).
 */

/** A box on the page, in pixels of the page image: left, top, right, bottom. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface GridCell {
  /** Inside the cell's ruling lines. */
  box: Box;
  /** Index of the band (row of the grid) the cell starts in, and how many bands it spans. */
  band: number;
  span: number;
}

export interface Grid {
  /** Band boundaries: the y of every horizontal ruling line, top down. */
  lines: number[];
  /** Cells, by band then left to right. */
  cells: GridCell[];
  box: Box;
}

interface Segment {
  y0: number;
  y1: number;
  x0: number;
  x1: number;
}

/** Tolerated break in a printed line (JPEG noise, a line drawn thinner than a pixel at 150 dpi). */
const GAP = 3;

/** The grids of one page; `unit` is the pixels of a point (scale of the page image). */
export function findGrids(ink: Uint8Array, width: number, height: number, unit: number): Grid[] {
  const rules = horizontalRules(ink, width, height, Math.round(24 * unit));
  const grids: Grid[] = [];
  let current: { lines: Segment[]; bands: Band[] } | undefined;
  for (let i = 0; i + 1 < rules.length; i++) {
    const top = rules[i]!;
    const bottom = rules[i + 1]!;
    // Two rules closer than a line of print are one ruling line and the edge of a fill (or a JPEG's
    // ringing around it): the grid goes on past them.
    if (current && bottom.y0 - top.y1 < 6 * unit) continue;
    const band = bandBetween(ink, width, top, bottom, unit);
    if (band === undefined) {
      if (current) grids.push(gridOf(current.lines, current.bands, ink, width));
      current = undefined;
      continue;
    }
    if (!current) current = { lines: [top], bands: [] };
    current.lines.push(bottom);
    current.bands.push(band);
  }
  if (current) grids.push(gridOf(current.lines, current.bands, ink, width));
  return grids;
}

/** Rows of ink runs at least `min` long, joined into lines (a line is a few pixels thick). */
function horizontalRules(ink: Uint8Array, width: number, height: number, min: number): Segment[] {
  const out: Segment[] = [];
  let open: Segment | undefined;
  for (let y = 0; y < height; y++) {
    let x0 = -1;
    let x1 = -1;
    let run = -1;
    let gap = 0;
    const row = y * width;
    for (let x = 0; x <= width; x++) {
      // A thin line straightened from a slight turn steps between two rows: either row counts.
      const on = x < width && (ink[row + x] === 1 || (y + 1 < height && ink[row + width + x] === 1));
      if (on) {
        if (run < 0) run = x;
        gap = 0;
        continue;
      }
      if (run < 0) continue;
      if (++gap <= GAP && x < width) continue;
      const end = x - gap;
      if (end - run >= min) {
        if (x0 < 0 || run < x0) x0 = run;
        if (end > x1) x1 = end;
      }
      run = -1;
      gap = 0;
    }
    if (x0 >= 0 && open && y - open.y1 <= 1) {
      open.y1 = y;
      open.x0 = Math.min(open.x0, x0);
      open.x1 = Math.max(open.x1, x1);
    } else if (x0 >= 0) {
      if (open) out.push(open);
      open = { y0: y, y1: y, x0, x1 };
    } else if (open) {
      out.push(open);
      open = undefined;
    }
  }
  if (open) out.push(open);
  return out;
}

interface Band {
  top: Segment;
  bottom: Segment;
  /** x of each vertical line crossing the band, left to right, as [from, to] pixels. */
  verticals: [number, number][];
}

/** The band between two horizontal lines, when vertical lines cross it (two at least: a row of a table). */
function bandBetween(ink: Uint8Array, width: number, top: Segment, bottom: Segment, unit: number) {
  const y0 = top.y1 + 1;
  const y1 = bottom.y0 - 1;
  const h = y1 - y0 + 1;
  // A row of a table is at least about a line of small print high, and a table's rows are not a page tall.
  if (h < 6 * unit || h > 200 * unit) return undefined;
  // The whole width: a band under a sub-row line (which starts at a merged label) still has the table's
  // left border.
  const x0 = 0;
  const x1 = width - 1;
  const verticals: [number, number][] = [];
  let from = -1;
  for (let x = x0; x <= x1 + 1; x++) {
    let filled = 0;
    if (x <= x1) {
      // A vertical line steps between two columns the same way.
      for (let y = y0; y <= y1; y++) filled += ink[y * width + x]! | ink[y * width + x + 1]!;
    }
    const on = x <= x1 && filled >= 0.8 * h;
    if (on && from < 0) from = x;
    if (!on && from >= 0) {
      verticals.push([from, x - 1]);
      from = -1;
    }
  }
  if (verticals.length < 2) return undefined;
  return { top, bottom, verticals } satisfies Band;
}

/** The cells of consecutive bands, each merged with the one above where no line separates them. */
function gridOf(lines: Segment[], bands: Band[], ink: Uint8Array, width: number): Grid {
  const cells: GridCell[] = [];
  let above: GridCell[] = [];
  bands.forEach((band, b) => {
    const row: GridCell[] = [];
    for (let i = 0; i + 1 < band.verticals.length; i++) {
      const x0 = band.verticals[i]![1] + 1;
      const x1 = band.verticals[i + 1]![0] - 1;
      const y0 = band.top.y1 + 1;
      const y1 = band.bottom.y0 - 1;
      const open = b > 0 && !ruled(ink, width, band.top, x0, x1);
      const up = open
        ? above.find((c) => Math.abs(c.box.x0 - x0) <= 3 && Math.abs(c.box.x1 - x1) <= 3)
        : undefined;
      if (up) {
        up.box.y1 = y1;
        up.span++;
        row.push(up);
        continue;
      }
      const cell = { box: { x0, y0, x1, y1 }, band: b, span: 1 };
      cells.push(cell);
      row.push(cell);
    }
    above = row;
  });
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  const box = {
    x0: Math.min(...lines.map((l) => l.x0)),
    y0: first.y0,
    x1: Math.max(...lines.map((l) => l.x1)),
    y1: last.y1,
  };
  cells.sort((a, b) => a.band - b.band || a.box.x0 - b.box.x0);
  return { lines: lines.map((l) => Math.round((l.y0 + l.y1) / 2)), cells, box };
}

/** Whether the line `rule` is drawn over most of [x0, x1] (a cell's top border is there). */
function ruled(ink: Uint8Array, width: number, rule: Segment, x0: number, x1: number): boolean {
  let on = 0;
  for (let x = x0; x <= x1; x++) {
    let any = 0;
    for (let y = rule.y0; y <= rule.y1; y++) any |= ink[y * width + x]!;
    on += any;
  }
  return on >= 0.6 * (x1 - x0 + 1);
}
