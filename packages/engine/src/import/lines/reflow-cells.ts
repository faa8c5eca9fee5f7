import { looksLikeValue } from '../figures/value.js';

/** What stands between a row's label and the next label: its cells, and any text after them. */
export interface SegmentCells {
  cells: string[];
  /** Text after the figures (a note, a paragraph), kept as a line of its own; '' when none. */
  rest: string;
  /** Told apart by spaces or not at all: how many cells the figures fill is not known (`Line.loose`). */
  loose: boolean;
}

// Chinese numbering left at a segment's end belongs to the next label ((三) of （三）不予公开).
const TRAILING_NUMBERING = /(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、．.])\s*$/;

/** A segment without the next label's numbering. */
export function withoutTrailingNumbering(segment: string): string {
  return segment.replace(TRAILING_NUMBERING, '');
}

/**
 * The cells of a row from the raw text after its label, whatever held them apart: `|` (grids, and a `|`
 * line after each cell), tabs, line breaks (one cell per line, an empty line for a blank cell) or spaces.
 * The piece before the first separator is the label's own line or cell, and is dropped when blank; so is
 * the piece after the last `|` or line break (the next label's).
 */
export function segmentCells(segment: string): SegmentCells {
  if (segment.includes('|')) return fromPieces(segment.split('|'), true);
  if (segment.includes('\t')) return fromPieces(segment.split('\t'), false);
  if (/\n[^\S\n]*\S/.test(segment.replace(/^[^\n]*\S[^\n]*/, ''))) {
    const pieces = segment.split('\n');
    if (pieces.length > 2 && pieces.slice(1).some((p) => p.trim() !== '')) return fromPieces(pieces, true);
  }
  return fromSpaced(segment);
}

function fromPieces(pieces: string[], dropLast: boolean): SegmentCells {
  const cells = pieces.map((p) => p.trim());
  const head = cells[0] ?? '';
  if (head === '') cells.shift();
  else if (!looksLikeValue(head)) {
    // Text between the label and its first separator (a wrapped label's end): not a cell.
    cells.shift();
  }
  if (dropLast && cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  // Figures, then text: the text is not a cell of the row.
  let end = cells.length;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (c !== '' && !looksLikeValue(c)) {
      end = i;
      break;
    }
  }
  return {
    cells: cells.slice(0, end),
    rest: cells
      .slice(end)
      .filter((c) => c !== '')
      .join(' '),
    loose: false,
  };
}

function fromSpaced(segment: string): SegmentCells {
  const tokens = segment.trim().split(/\s+/);
  const cells: string[] = [];
  let i = 0;
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t === '' || !looksLikeValue(t)) break;
    cells.push(t);
  }
  if (cells.length === 0 && /^\d/.test(tokens[0] ?? '')) {
    // Figures run into words (22（其中修订16件）235): one cell the row cannot be filled from, said so.
    return { cells: [tokens[0]!], rest: tokens.slice(1).join(' '), loose: true };
  }
  return { cells, rest: tokens.slice(i).join(' '), loose: true };
}
