import { matchFixture, matchRowExact, numberingOfLabel } from '../import/labels/match.js';
import { type Line, lineOf } from '../import/lines/lines.js';
import { type PageGeometry, type PdfBox, type Rule, verticalsOf } from './geometry.js';
import { headerCentres, headerOf } from './headers.js';
import { attachLabels } from './labels.js';
import { blocksOf, findRows, placeColumns, type TableRow } from './rows.js';
import { boxOf, joinRuns, type Run, readingOrder, runsOf } from './runs.js';
import { paragraphs, type TextLine, textLinesOf } from './text-lines.js';

/** A line read off the pages, with where each of its cells was printed. */
export interface PdfLine {
  line: Line;
  box: PdfBox | undefined;
  cells: (PdfBox | undefined)[];
  /** The table row it was built from (rows only). */
  row?: TableRow;
}

interface Entry {
  page: number;
  top: number;
  left: number;
  kind: 'row' | 'header' | 'text';
  cells: Run[][];
  row?: TableRow;
  text?: TextLine;
}

/**
 * The pages as lines of cells in reading order, the shape every reader gives the importer: table rows as
 * [label, figure per column…] (a blank cell where a figure is missing), headers as the words over each
 * column, prose as paragraphs joined across line and page breaks.
 */
export function layOut(
  pages: readonly PageGeometry[],
  // The pages' runs when already made (see `runsOf`): they do not depend on the ruling lines.
  runs: Run[][] = runsOf(pages),
): { lines: PdfLine[]; rows: TableRow[] } {
  const pageRows = pages.map((page, i) => findRows(page, runs[i]!));
  const blocks = blocksOf(pageRows.flat());
  // The columns of the table before, for one that carries on over a page break without its header.
  let carried: { page: number; centres: number[] } | undefined;
  for (const block of blocks) {
    const page = block[0]!.page;
    const unruled = block.some((r) => !r.ruled);
    let header = unruled ? headerCentres(block, pages[page - 1]!, runs[page - 1]!) : [];
    if (unruled && header.length === 0 && carried?.page === page - 1) header = carried.centres;
    const centres = placeColumns(block, header);
    carried = unruled ? { page: block[block.length - 1]!.page, centres } : undefined;
  }
  for (let i = 0; i < pages.length; i++) attachLabels(pages[i]!, runs[i]!, pageRows[i]!);
  const entries: Entry[] = [];
  for (const block of blocks) {
    const first = block[0]!;
    const header = headerOf(block, pages[first.page - 1]!, runs[first.page - 1]!);
    if (header) {
      const left = first.dataLeft;
      for (const group of header.groups)
        entries.push({
          page: first.page,
          top: header.top - 0.1,
          left,
          kind: 'header',
          cells: [[], ...group],
        });
      entries.push({
        page: first.page,
        top: header.top,
        left,
        kind: 'header',
        cells: [[], ...header.columns],
      });
    }
    for (const row of block) {
      const all = [...row.label, ...row.data];
      entries.push({
        page: row.page,
        top: Math.min(...all.map((r) => r.y)),
        left: Math.min(...all.map((r) => r.x)),
        kind: 'row',
        // Section 四 printed across has no label: its line is figures only.
        cells: row.label.length > 0 ? [readingOrder(row.label), ...row.cellRuns] : row.cellRuns,
        row,
      });
    }
  }
  for (const text of carriedStacks(
    runs.map((pageRuns, i) => {
      const verticals = verticalsOf(pages[i]!);
      return textLinesOf(pageRuns, verticals, bandsOf(blocks, pages[i]!.page, verticals));
    }),
    pages,
  ))
    entries.push({ page: text.page, top: text.top, left: text.left, kind: 'text', cells: text.cells, text });
  entries.sort((a, b) => a.page - b.page || a.top - b.top || a.left - b.left);
  const flow = paragraphs(entries.map((e) => e.text ?? null));
  const lines: PdfLine[] = [];
  let t = 0;
  for (const para of flow) {
    // Entries and the flow go side by side: a null in the flow is the next row or header entry.
    while (t < entries.length && entries[t]!.kind === 'text' && para === null) t++;
    const entry = entries[t];
    if (!entry) break;
    if (para === null) {
      lines.push(lineFor(lines.length + 1, entry));
      t++;
      continue;
    }
    const runsOfPara = para.flatMap((l) => l.cells.flat());
    if (para.length === 1) lines.push(lineFor(lines.length + 1, entry));
    else {
      const text = para.map((l) => joinRuns(l.cells.flat())).join('');
      lines.push({
        line: lineOf(lines.length + 1, [text], text),
        box: boxOf(runsOfPara.filter((r) => r.page === para[0]!.page)),
        cells: [boxOf(runsOfPara)],
      });
    }
    t += para.length;
  }
  return { lines, rows: blocks.flat() };
}

/**
 * A merged label cut by a page break (「（四）无」 at the foot of one page, 「法提供」 at the head of the next):
 * short one-cell lines at the same x and type size, last and first on their pages, are one label.
 */
function carriedStacks(perPage: TextLine[][], pages: readonly PageGeometry[]): TextLine[] {
  for (let p = 0; p + 1 < perPage.length; p++) {
    const here = perPage[p]!;
    const next = perPage[p + 1]!;
    const head = next.find((l) => l.top < pages[p + 1]!.height * 0.25 && isShort(l));
    if (!head) continue;
    const foot = here.findLast(
      (l) =>
        isShort(l) &&
        l.top > pages[p]!.height * 0.75 &&
        Math.abs(l.left - head.left) < 2 &&
        l.height === head.height,
    );
    // Nothing else may start in that column below the foot or above the head.
    const between = (lines: TextLine[], from: number, to: number) =>
      lines.some(
        (l) => l !== foot && l !== head && Math.abs(l.left - head.left) < 2 && l.top > from && l.top < to,
      );
    if (!foot || between(here, foot.top, Number.POSITIVE_INFINITY) || between(next, 0, head.top)) continue;
    // A head that opens with its own numbering starts a label: （六）其他处理 at the top of a page is not
    // the rest of （五）不予处理 at the foot of the one before.
    if (numberingOfLabel(joinRuns(head.cells[0]!)) !== '') continue;
    // Nor is a foot that is whole already: a table's 「信息内容」 at the foot of a page and the next table's at
    // the top of the next are two headers, not 「信息内容信息内容」.
    const footText = joinRuns(foot.cells[0]!);
    if (matchFixture(footText) || matchRowExact(footText)) continue;
    foot.cells[0]!.push(...head.cells[0]!);
    next.splice(next.indexOf(head), 1);
  }
  return perPage.flat();
}

const isShort = (l: TextLine) => l.cells.length === 1 && joinRuns(l.cells[0]!).length <= 8;

function lineFor(no: number, entry: Entry): PdfLine {
  const cells = entry.cells.map((c) =>
    entry.kind === 'header' ? c.map((r) => r.text.replace(/\s+/g, '')).join('') : joinRuns(c),
  );
  const text = cells.filter((c) => c !== '').join(' ');
  const line = lineOf(no, cells, text);
  // Unruled, the columns are what the header and the figures around tell: perhaps not all of them.
  if (entry.row && !entry.row.ruled) line.columnsUnsure = true;
  return {
    line,
    box: boxOf(entry.cells.flat()),
    cells: entry.cells.map((c) => boxOf(c)),
    row: entry.row,
  };
}

/**
 * The stretch of a page each table's rows cover, top to bottom. Two stretches of figures with the table's
 * ruled borders running on between them are one table: rows left blank (no figure, so not found as rows,
 * 3.要求提供公开出版物 with nothing in it) stand in the gap.
 */
function bandsOf(
  blocks: readonly (readonly TableRow[])[],
  page: number,
  verticals: readonly Rule[],
): [number, number][] {
  const bands: [number, number][] = [];
  const borders = bordersOf(verticals);
  for (const block of blocks) {
    if (block[0]!.page !== page) continue;
    const top = Math.min(...block.map((r) => r.cy - r.height / 2));
    const bottom = Math.max(...block.map((r) => r.cy + r.height / 2));
    const last = bands[bands.length - 1];
    if (last && ruledThrough(borders, last[1], top)) last[1] = bottom;
    else bands.push([top, bottom]);
  }
  return bands;
}

/** A page's vertical rules by their x, each as [top, bottom], top to bottom: the borders of its cells. */
function bordersOf(verticals: readonly Rule[]): [number, number][][] {
  const byX = new Map<number, [number, number][]>();
  for (const v of verticals) {
    const x = Math.round(v.x0 * 2) / 2;
    if (!byX.has(x)) byX.set(x, []);
    byX.get(x)!.push([Math.min(v.y0, v.y1), Math.max(v.y0, v.y1)]);
  }
  return [...byX.values()].map((spans) => spans.sort((a, b) => a[0] - b[0]));
}

/** Whether a border (vertical rules at one x, end to end) runs unbroken from `top` to `bottom`. */
function ruledThrough(borders: readonly [number, number][][], top: number, bottom: number): boolean {
  for (const spans of borders) {
    let reach = top;
    for (const [y0, y1] of spans) {
      if (y1 <= reach) continue;
      if (y0 > reach + 1) break;
      reach = y1;
      if (reach >= bottom) return true;
    }
  }
  return false;
}
