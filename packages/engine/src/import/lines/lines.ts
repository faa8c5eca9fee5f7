import { nfkc } from './normalize.js';

/** The shape every input is read into before placing: lines of cells, whatever the source format. */
export interface Line {
  /** 1-based line of the input text (for HTML and workbooks: the n-th line read). */
  no: number;
  /** Cells as printed, trimmed (every reader trims them, so blank is ''); a line of prose is one cell. */
  cells: string[];
  /** The line as printed, for narrative text. */
  text: string;
  /** Positions covered by a merged cell (HTML spans, merged workbook ranges): empty, but not blank cells. */
  covered?: readonly boolean[];
  /** Ids of the HTML elements around the line, outermost first (HTML only). */
  ancestors?: readonly number[];
  /**
   * The cells were told apart by spaces or not at all (a copy without its line breaks, read by its labels):
   * how many figures the row holds is not known, so they are placed only when they fill it exactly.
   */
  loose?: boolean;
  /**
   * The cells are the figures' columns as far as the rows around them tell (a PDF table with neither
   * ruling lines nor a header naming its columns): with fewer than the row has, which ones are blank is
   * not known, and the figures are then placed as loose ones are.
   */
  columnsUnsure?: boolean;
}

/** Whether a cell is blank: every reader trims its cells (see `Line.cells`), so blank is ''. */
export const isBlankCell = (cell: string): boolean => cell === '';

/** The cells that hold text; most lines have no empty cell, and are then returned without a copy. */
export function filledCells(cells: readonly string[]): readonly string[] {
  for (let i = 0; i < cells.length; i++) {
    if (isBlankCell(cells[i]!)) return cells.filter((c) => !isBlankCell(c));
  }
  return cells;
}

/**
 * A line, always built here: every reader's lines then share one shape (the same fields in the same order,
 * absent ones undefined), so the walk reads them monomorphically whatever the input's format.
 */
export function lineOf(
  no: number,
  cells: string[],
  text: string,
  covered?: readonly boolean[],
  ancestors?: readonly number[],
  loose?: boolean,
): Line {
  return { no, cells, text, covered, ancestors, loose };
}

// A hostile input must cost bounded work: lines and cells beyond these are not read.
export const MAX_LINES = 20_000;
export const MAX_CELLS = 64;

// Control characters are junk to drop.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are junk to drop
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters and carriage returns
const CONTROL_OR_CR = /[\u0000-\u0008\u000b-\u001f\u007f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are junk to drop
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * Splits plain text (copied from a page or PDF, or Markdown) into lines of cells: tabs separate cells;
 * Markdown pipe tables are split on `|`; a line without tabs has its trailing figures split off at spaces.
 */
export function textToLines(text: string): Line[] {
  const out: Line[] = [];
  // Most texts hold no control characters and no carriage returns: split on a plain '\n', read as they are.
  const plain = !CONTROL_OR_CR.test(text);
  const raw = plain ? text.split('\n', MAX_LINES) : text.split(/\r\n|\r|\n/, MAX_LINES);
  const junk = !plain && CONTROL.test(text);
  for (let i = 0; i < raw.length; i++) {
    const line = junk ? (raw[i] ?? '').replace(CONTROLS, '') : (raw[i] ?? '');
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const cells = splitCells(line, trimmed);
    if (cells === undefined) continue;
    // Figures told apart by spaces only: a blank cell left no trace, so their count is not the row's.
    const loose = cells.length > 1 && !line.includes('\t') && trimmed.charCodeAt(0) !== PIPE;
    out.push(lineOf(i + 1, cells, trimmed, undefined, undefined, loose || undefined));
  }
  return out;
}

/** The cells of one line, or undefined for a Markdown table rule (`|---|---|`). */
export function splitCells(line: string, trimmed = line.trim()): string[] | undefined {
  const first = trimmed.charCodeAt(0);
  if (first === PIPE && trimmed.length > 1) {
    if (/^\|[\s:|-]+\|?$/.test(trimmed)) return undefined;
    const inner = trimmed.replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
    return inner.split(/(?<!\\)\|/, MAX_CELLS).map((c) => c.replace(/\\\|/g, '|').trim());
  }
  // Only a line opening with `#` can be a Markdown heading: the others skip the regular expression.
  const stripped = first === HASH ? line.replace(/^\s*#{1,6}\s+/, '') : line;
  if (stripped.includes('\t')) {
    const cells = stripped.split('\t', MAX_CELLS);
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!;
      // Most cells have nothing to trim, which their first and last characters tell.
      if (cell !== '' && (edgeSpace(cell.charCodeAt(0)) || edgeSpace(cell.charCodeAt(cell.length - 1))))
        cells[i] = cell.trim();
    }
    return cells;
  }
  return splitTrailingFigures(first === HASH ? stripped.trim() : trimmed);
}

/** Whether `trim` would remove this character (ASCII controls and space, and Unicode's spaces). */
function edgeSpace(code: number): boolean {
  if (code <= 0x20) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const PIPE = 0x7c;
const HASH = 0x23;

// A figure as printed in a table: a number (with a bracketed note) or a blank marker.
const FIGURE = /^(?:[+\-−]?\d[\d,.]*(?:[(（][^)）\s]*[)）])?|[/／—–\-－]+|无)$/;

// The characters a figure or a blank marker may end with.
const FIGURE_END = /^[\d/／—–\-－无]$/;

/** `规章 0 0 0` → [规章, 0, 0, 0]: PDF copies lose the tabs but keep spaces between figures. */
function splitTrailingFigures(line: string): string[] {
  // Prose ends in a word or punctuation, not a figure: most lines are answered here, by their last character
  // (an end-anchored expression would be tried at every position of a long paragraph).
  if (!FIGURE_END.test(line.charAt(line.length - 1))) return [line];
  const tokens = line.split(/\s+/, MAX_CELLS * 4);
  let start = tokens.length;
  while (start > 0 && FIGURE.test(nfkc(tokens[start - 1] ?? ''))) start--;
  const figures = tokens.length - start;
  // One trailing figure after prose ("…共 12") is prose; two or more, or a label of a few words, is a row.
  if (figures === 0 || (figures === 1 && start > 0 && line.length > 40)) return [line];
  const label = tokens.slice(0, start).join(' ');
  return label === '' ? tokens.slice(start) : [label, ...tokens.slice(start)];
}
