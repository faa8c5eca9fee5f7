/**
 * Derived copies of the corpus' real reports, as other portals, crawlers and CMSs reshape them: the line
 * breaks gone, one cell per line, `|` grids. Each transformation is documented where it is made, and each
 * copy carries the cells a correct import must find (the original's, except where the transformation
 * itself erased a figure). Only the text reports (tab-separated tables) are derived; HTML is its own reader.
 */
import type { CorpusEntry } from './index.js';

export interface DerivedCopy {
  /** `09-shuyang-county-drc-2023~one-line-glued` */
  id: string;
  /** The transformation's name. */
  layout: DerivedLayout;
  text: string;
  /** What a correct import places: by address; a cell absent is blank (null). */
  cells: Record<string, number | null>;
}

export const DERIVED_LAYOUTS = [
  'one-line-glued',
  'one-line-spaced',
  'one-line-mixed',
  'cell-per-line',
  'nonzero-cells',
  'cell-pipe-lines',
  'pipe-grid',
] as const;
export type DerivedLayout = (typeof DERIVED_LAYOUTS)[number];

const isTableLine = (line: string) => line.includes('\t');
const cellsOf = (line: string) => line.split('\t');

/**
 * The report on one line, as crawlers and article bodies copy it: lines joined with nothing between them
 * (headings glued to the text, figures glued to the next row's numbering); the cells of a table line are
 * joined with nothing (`glued`: one digit run per row), a space (`spaced`), or alternately (`mixed`).
 */
function oneLine(text: string, join: (row: number) => string): string {
  let row = 0;
  return text
    .split('\n')
    .map((line) => (isTableLine(line) ? cellsOf(line).join(join(row++)) : line))
    .join('');
}

/**
 * One cell per line: each cell of a table line on its own line, a blank cell as an empty line; `zeros`
 * false prints only the non-zero figures (a zero becomes an empty line, as some CMSs print it); `pipes`
 * puts a `|` line after each cell (the label's too), as a grid pasted into a rich-text editor comes out.
 */
function cellPerLine(text: string, { zeros, pipes }: { zeros: boolean; pipes: boolean }): string {
  return text
    .split('\n')
    .map((line) => {
      if (!isTableLine(line)) return line;
      const cells = cellsOf(line).map((c) => (!zeros && c.trim() === '0' ? '' : c));
      return pipes ? cells.map((c) => `${c}\n|`).join('\n') : cells.join('\n');
    })
    .join('\n');
}

/**
 * A `|` grid (Markdown, or a grid pasted as text): every table line a `|` row; every other figure row
 * padded with an empty cell before its figures and after them (`| 规章 | | 0 | 0 | 0 | |`); labels longer
 * than 16 characters wrapped onto a second grid line whose figure cells are empty; header cells longer
 * than five characters cut to their first three (`本年新`), as a narrow column prints them.
 */
function pipeGrid(text: string): string {
  let row = 0;
  return text
    .split('\n')
    .flatMap((line) => {
      if (!isTableLine(line)) return [line];
      const cells = cellsOf(line);
      const figures = cells.filter((c) => /^\d/.test(c.trim())).length;
      const grid = (cs: readonly string[]) => `| ${cs.join(' | ')} |`;
      if (figures === 0) return [grid(cells.map((c) => (c.length > 5 ? c.slice(0, 3) : c)))];
      const first = cells.findIndex((c) => /^\d/.test(c.trim()));
      const labels = cells.slice(0, first);
      const values = cells.slice(first);
      const padded = row++ % 2 === 1 ? ['', ...values, ''] : values;
      const last = labels[labels.length - 1] ?? '';
      if (last.length <= 16) return [grid([...labels, ...padded])];
      const cut = Math.ceil(last.length / 2);
      return [
        grid([...labels.slice(0, -1), last.slice(0, cut), ...padded]),
        grid([...labels.slice(0, -1).map(() => ''), last.slice(cut), ...padded.map(() => '')]),
      ];
    })
    .join('\n');
}

/** The text of one layout. */
export function deriveText(source: string, layout: DerivedLayout): string {
  switch (layout) {
    case 'one-line-glued':
      return oneLine(source, () => '');
    case 'one-line-spaced':
      return oneLine(source, () => ' ');
    case 'one-line-mixed':
      return oneLine(source, (row) => (row % 2 === 0 ? '' : ' '));
    case 'cell-per-line':
      return cellPerLine(source, { zeros: true, pipes: false });
    case 'nonzero-cells':
      return cellPerLine(source, { zeros: false, pipes: false });
    case 'cell-pipe-lines':
      return cellPerLine(source, { zeros: true, pipes: true });
    case 'pipe-grid':
      return pipeGrid(source);
  }
}

/** The cells a correct import of the layout places: a zero the copy no longer prints is blank. */
function derivedCells(entry: CorpusEntry, layout: DerivedLayout): Record<string, number | null> {
  if (layout !== 'nonzero-cells') return entry.expected.cells;
  return Object.fromEntries(Object.entries(entry.expected.cells).map(([a, v]) => [a, v === 0 ? null : v]));
}

/** Every derived copy of every text report of the corpus. */
export function deriveCopies(entries: readonly CorpusEntry[]): DerivedCopy[] {
  const out: DerivedCopy[] = [];
  for (const entry of entries) {
    if (!entry.sourceFile.endsWith('.txt')) continue;
    for (const layout of DERIVED_LAYOUTS) {
      out.push({
        id: `${entry.id}~${layout}`,
        layout,
        text: deriveText(entry.source, layout),
        cells: derivedCells(entry, layout),
      });
    }
  }
  return out;
}
