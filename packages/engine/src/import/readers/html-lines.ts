import { Parser } from 'htmlparser2';
import { type Line, lineOf, MAX_CELLS, MAX_LINES, splitCells } from '../lines/lines.js';
import { SELF_CLOSING, slimMarkup, VOID } from './html-markup.js';

// Content of these elements is never report text.
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'select',
  'option',
  'button',
  'svg',
  'math',
  'iframe',
  'object',
  'textarea',
  'canvas',
  'audio',
  'video',
  'map',
]);
// Elements that start a new line of text.
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'section',
  'article',
  'header',
  'footer',
  'nav',
  'aside',
  'main',
  'blockquote',
  'pre',
  'dl',
  'dt',
  'dd',
  'form',
  'hr',
  'caption',
  'center',
  'address',
  'figure',
  'figcaption',
  'fieldset',
  'legend',
  'body',
  'html',
]);
// A hostile page must cost bounded work: ancestry kept per line, spans honoured, text per cell.
const MAX_DEPTH = 64;
const MAX_SPAN = 64;
const MAX_CELL_TEXT = 4000;

interface Cell {
  lines: string[];
  text: string[];
  colspan: number;
  rowspan: number;
}

interface Table {
  row: string[] | undefined;
  /** Positions of the row that a merged cell covers. */
  rowCovered: boolean[];
  /** For each column, how many more rows a cell above still covers. */
  covered: number[];
  cell: Cell | undefined;
  /** Multi-line cells of the row, kept to unfold a layout table. */
  cellLines: string[][];
  /** Text inside the table but outside any cell (after a nested table, or stray markup). */
  loose: string[];
}

const span = (value: string | undefined) => {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, MAX_SPAN) : 1;
};
const squash = (parts: readonly string[]) =>
  parts.length === 0
    ? ''
    : (parts.length === 1 ? parts[0]! : parts.join('')).replace(/[\s\u00a0\u3000]+/g, ' ').trim();
// Text of nothing but spaces (`\s` takes in NBSP and U+3000): before any text it adds nothing.
const NOT_BLANK = /\S/;

// Markup nested deeper than this is hostile or broken: its tags are dropped (its text kept).
const MAX_MARKUP_DEPTH = 256;

// A tag, as `slimMarkup` leaves them (no `<` inside: a run of `<` without `>` costs each one step).
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^<>]*?(\/?)>/g;

/**
 * The markup the reader needs (see `slimMarkup`), with tags nested beyond a depth no report needs dropped,
 * so parsing stays linear on hostile pages.
 */
function prepareMarkup(source: string): string {
  const { html, depth } = slimMarkup(source);
  if (depth <= MAX_MARKUP_DEPTH) return html;
  // Tags are bare by now (only spans are left of their attributes): a regular expression reads them.
  let level = 0;
  return html.replace(TAG, (tag, close: string, rawName: string, selfClose: string) => {
    const name = rawName.toLowerCase();
    if (VOID.has(name) || selfClose || SELF_CLOSING.has(name)) return level > MAX_MARKUP_DEPTH ? '' : tag;
    if (close) {
      level = Math.max(0, level - 1);
      return level >= MAX_MARKUP_DEPTH ? '' : tag;
    }
    level++;
    return level > MAX_MARKUP_DEPTH ? '' : tag;
  });
}

/**
 * Reads an HTML page into lines of cells: block elements make lines, table rows make lines of cells with
 * `colspan`/`rowspan` laid out on the grid (covered positions become empty cells). Each line keeps the
 * ids of the elements around it, so the report's container can be told from the page around it.
 */
export function htmlToLines(html: string): Line[] {
  const lines: Line[] = [];
  const stack: number[] = [];
  const tables: Table[] = [];
  let depth = 0;
  let nextId = 1;
  let skip = 0;
  const block: string[] = [];
  let count = 0;

  const emit = (cells: string[], covered?: boolean[]) => {
    if (lines.length >= MAX_LINES || cells.every((c) => c === '')) return;
    const trimmed = cells.slice(0, MAX_CELLS);
    count++;
    lines.push(
      lineOf(
        count,
        trimmed,
        trimmed.filter((c) => c !== '').join(' '),
        covered?.some(Boolean) ? covered.slice(0, MAX_CELLS) : undefined,
        stack.slice(0, MAX_DEPTH),
      ),
    );
  };
  let pre = 0;
  // The text parts of a block, a cell line or a table's loose text are emptied in place once read.
  const flushBlock = () => {
    if (block.length === 0) return;
    if (pre > 0) {
      // Preformatted text keeps its lines and tabs: each line is read like a line of plain text.
      const raw = block.join('');
      block.length = 0;
      for (const line of raw.split(/\r?\n/, MAX_LINES)) {
        const cells = line.trim() === '' ? undefined : splitCells(line);
        if (cells) emit(cells);
      }
      return;
    }
    const text = squash(block);
    block.length = 0;
    // Figures set apart by spaces in a paragraph (a table pasted as text) are cells of their own.
    if (text) emit(splitCells(text) ?? [text]);
  };
  const current = () => tables[tables.length - 1];
  const flushCellLine = (cell: Cell) => {
    if (cell.text.length === 0) return;
    const text = squash(cell.text);
    cell.text.length = 0;
    if (text) cell.lines.push(text);
  };
  const closeCell = (table: Table) => {
    const cell = table.cell;
    if (!cell) return;
    table.cell = undefined;
    flushCellLine(cell);
    table.row ??= [];
    const row = table.row;
    while ((table.covered[row.length] ?? 0) > 0) {
      table.rowCovered[row.length] = true;
      row.push('');
    }
    const at = row.length;
    row.push(cell.lines.join(''));
    table.cellLines.push(cell.lines);
    for (let i = 1; i < cell.colspan; i++) {
      table.rowCovered[row.length] = true;
      row.push('');
    }
    for (let i = 0; i < cell.colspan; i++) table.covered[at + i] = cell.rowspan;
  };
  const flushLoose = (table: Table) => {
    if (table.loose.length === 0) return;
    const text = squash(table.loose);
    table.loose.length = 0;
    if (text) emit([text]);
  };
  const closeRow = (table: Table) => {
    closeCell(table);
    flushLoose(table);
    const row = table.row;
    // No row open: a `<tr>` after a `</tr>`, or the end of the table.
    if (!row) return;
    // Rowspans started in this row cover the rows below; earlier ones count down.
    const covered = table.covered;
    for (let i = 0; i < covered.length; i++) if ((covered[i] ?? 0) > 0) covered[i]!--;
    const rowCovered = table.rowCovered;
    const lineCells = table.cellLines;
    table.row = undefined;
    table.rowCovered = [];
    table.cellLines = [];
    const filled = lineCells.filter((l) => l.length > 0);
    // A layout table (one cell holding the whole text) is prose, one line per paragraph.
    if (filled.length === 1 && filled[0]!.length > 1) {
      for (const text of filled[0]!) emit([text]);
      return;
    }
    emit(row, rowCovered);
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        depth++;
        if (depth <= MAX_DEPTH) stack.push(nextId++);
        // A `<template>` is inert, unless it is a declarative shadow root: shown content.
        if (skip > 0 || (SKIP.has(name) && !(name === 'template' && 'shadowrootmode' in attribs))) {
          skip++;
          return;
        }
        const table = current();
        if (name === 'table') {
          if (table) {
            // A table inside a cell: what the outer row held so far is a line of its own.
            if (table.cell) flushCellLine(table.cell);
            if (table.row || table.cell) closeRow(table);
          } else flushBlock();
          tables.push({
            row: undefined,
            rowCovered: [],
            covered: [],
            cell: undefined,
            cellLines: [],
            loose: [],
          });
        } else if (name === 'tr' && table) {
          closeRow(table);
          table.row = [];
        } else if ((name === 'td' || name === 'th') && table) {
          closeCell(table);
          table.row ??= [];
          table.cell = {
            lines: [],
            text: [],
            colspan: span(attribs.colspan),
            rowspan: span(attribs.rowspan),
          };
        } else if (BLOCK.has(name)) {
          if (table?.cell) flushCellLine(table.cell);
          else if (table) flushLoose(table);
          else flushBlock();
          if (name === 'pre' && !table) pre++;
        }
      },
      ontext(data) {
        if (skip > 0) return;
        const table = current();
        const target = table ? (table.cell ? table.cell.text : table.loose) : block;
        // Most text between tags is a line break: squashed away unless it falls between words (or is preformatted).
        if (target.length > 0 ? target.length < MAX_CELL_TEXT : pre > 0 || NOT_BLANK.test(data))
          target.push(data);
      },
      onclosetag(name) {
        if (depth <= MAX_DEPTH) stack.pop();
        depth = Math.max(0, depth - 1);
        if (skip > 0) {
          skip--;
          return;
        }
        const table = current();
        if (name === 'table' && table) {
          closeRow(table);
          tables.pop();
        } else if ((name === 'td' || name === 'th') && table) closeCell(table);
        else if (name === 'tr' && table) closeRow(table);
        else if (BLOCK.has(name)) {
          if (table?.cell) flushCellLine(table.cell);
          else if (table) flushLoose(table);
          else flushBlock();
          if (name === 'pre' && pre > 0) pre--;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(prepareMarkup(html));
  parser.end();
  while (tables.length > 0) closeRow(tables.pop()!);
  flushBlock();
  return lines;
}
