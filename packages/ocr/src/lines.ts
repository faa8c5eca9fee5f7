import type { ScannedCell, ScannedPage } from './page-reader.js';

/** A figure cell stands in the engine's input for a code: the cell it came from is found by its code. */
const CODE_BASE = 100_000;

/** A cell that stands in the input as a code, and the 1-based line of the input it is on. */
export interface CodedCell extends ScannedCell {
  line: number;
}

/**
 * The scan as the text importer reads a report copied from a page: prose lines and table rows, one
 * row a line, cells separated by tabs, a merged label on the first row it spans. Figures are written as
 * codes (`CODE_BASE + n`), so the engine's placing tells which scanned cell each address got; the real
 * readings are put in afterwards. The engine's catalogue matching then anchors every row, as it does for
 * every other input. A blank cell right of a row's labels is a blank figure: it gets a code too.
 */
export function scanToText(pages: readonly ScannedPage[]): { text: string; coded: CodedCell[] } {
  const coded: CodedCell[] = [];
  const out: string[] = [];
  for (const page of pages) {
    const rows = new Map<string, ScannedCell[]>();
    for (const cell of page.cells) {
      const key = `${cell.table}:${cell.band}`;
      const row = rows.get(key) ?? [];
      row.push(cell);
      rows.set(key, row);
    }
    const items: { y: number; cells: ScannedCell[] | string }[] = page.prose.map((p) => ({
      y: p.y,
      cells: p.text,
    }));
    for (const row of rows.values()) items.push({ y: row[0]!.box.y0, cells: row });
    items.sort((a, b) => a.y - b.y);
    for (const item of items) {
      if (typeof item.cells === 'string') {
        out.push(item.cells);
        continue;
      }
      const row = item.cells;
      const figures = row.some((c) => c.kind === 'figure');
      let lastLabel = -1;
      row.forEach((c, i) => {
        if (c.kind === 'label') lastLabel = i;
      });
      const line = out.length + 1;
      const cells = row.map((cell, i) => {
        if (cell.kind === 'label') return cell.text.replace(/\t/g, ' ');
        if (cell.kind === 'blank' && (!figures || i < lastLabel)) return '';
        coded.push({ ...cell, line });
        return String(codeOf(coded.length - 1));
      });
      out.push(cells.join('\t'));
    }
  }
  return { text: out.join('\n'), coded };
}

/** The code standing for the n-th coded cell. */
export const codeOf = (index: number): number => CODE_BASE + index;

/** The index of the scanned cell a placed code stands for. */
export function codeIndex(value: number | null | undefined, coded: readonly CodedCell[]): number | undefined {
  if (value === null || value === undefined || !Number.isInteger(value)) return undefined;
  const i = value - CODE_BASE;
  return i >= 0 && i < coded.length ? i : undefined;
}
