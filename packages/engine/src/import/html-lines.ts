import { Parser } from 'htmlparser2';
import { type Line, MAX_CELLS, MAX_LINES, splitCells } from './lines.js';

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
  parts
    .join('')
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim();

// Elements the parser closes by itself when a sibling opens; they never pile up into depth.
const SELF_CLOSING = new Set([
  'p',
  'li',
  'td',
  'th',
  'tr',
  'option',
  'dt',
  'dd',
  'tbody',
  'thead',
  'tfoot',
  'colgroup',
]);
const VOID = new Set([
  'br',
  'img',
  'input',
  'meta',
  'link',
  'hr',
  'col',
  'area',
  'base',
  'wbr',
  'source',
  'track',
  'embed',
  'param',
]);
// Markup nested deeper than this is hostile or broken: its tags are dropped (its text kept).
const MAX_MARKUP_DEPTH = 256;

const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;

// [A-Za-z]: the first character of a tag name.
const isAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
// [\w:-]: the rest of a tag name.
const isNameChar = (c: number) => isAlpha(c) || (c >= 48 && c <= 58) || c === 95 || c === 45;

/**
 * Whether markup nests deeper than any report needs (scanned without building a copy). Reads the tags `TAG`
 * matches, by hand: a regular expression with captures costs a fifth of a large page's import.
 */
function nestsTooDeep(html: string): boolean {
  let depth = 0;
  let at = html.indexOf('<');
  while (at !== -1) {
    let i = at + 1;
    const close = html.charCodeAt(i) === 47;
    if (close) i++;
    if (!isAlpha(html.charCodeAt(i))) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    const nameStart = i;
    i++;
    while (isNameChar(html.charCodeAt(i))) i++;
    const end = html.indexOf('>', i);
    // No tag closes after this one: no tag follows either.
    if (end === -1) return false;
    at = html.indexOf('<', end + 1);
    // A `/` right before `>` (never part of the name) marks a self-closed tag.
    if (html.charCodeAt(end - 1) === 47) continue;
    const name = html.slice(nameStart, i).toLowerCase();
    if (VOID.has(name) || SELF_CLOSING.has(name)) continue;
    depth = close ? Math.max(0, depth - 1) : depth + 1;
    if (depth > MAX_MARKUP_DEPTH) return true;
  }
  return false;
}

// Scripts, styles and comments hold no report text; cutting them first spares the parser most of a page's head.
const NOT_TEXT = /<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;

/** Drops tags nested beyond a depth no report needs, so parsing stays linear on hostile pages. */
function flattenDeepMarkup(source: string): string {
  const html = source.replace(NOT_TEXT, ' ');
  if (!nestsTooDeep(html)) return html;
  let depth = 0;
  return html.replace(TAG, (tag, close: string, rawName: string, selfClose: string) => {
    const name = rawName.toLowerCase();
    if (VOID.has(name) || selfClose || SELF_CLOSING.has(name)) return depth > MAX_MARKUP_DEPTH ? '' : tag;
    if (close) {
      depth = Math.max(0, depth - 1);
      return depth >= MAX_MARKUP_DEPTH ? '' : tag;
    }
    depth++;
    return depth > MAX_MARKUP_DEPTH ? '' : tag;
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
  let block: string[] = [];
  let count = 0;

  const emit = (cells: string[], covered?: boolean[]) => {
    if (lines.length >= MAX_LINES || cells.every((c) => c === '')) return;
    const trimmed = cells.slice(0, MAX_CELLS);
    count++;
    const line: Line = {
      no: count,
      cells: trimmed,
      text: trimmed.filter((c) => c !== '').join(' '),
      ancestors: stack.slice(0, MAX_DEPTH),
    };
    if (covered?.some(Boolean)) line.covered = covered.slice(0, MAX_CELLS);
    lines.push(line);
  };
  let pre = 0;
  const flushBlock = () => {
    if (pre > 0) {
      // Preformatted text keeps its lines and tabs: each line is read like a line of plain text.
      const raw = block.join('');
      block = [];
      for (const line of raw.split(/\r?\n/, MAX_LINES)) {
        const cells = line.trim() === '' ? undefined : splitCells(line);
        if (cells) emit(cells);
      }
      return;
    }
    const text = squash(block);
    block = [];
    // Figures set apart by spaces in a paragraph (a table pasted as text) are cells of their own.
    if (text) emit(splitCells(text) ?? [text]);
  };
  const current = () => tables[tables.length - 1];
  const flushCellLine = (cell: Cell) => {
    const text = squash(cell.text);
    cell.text = [];
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
    const text = squash(table.loose);
    table.loose = [];
    if (text) emit([text]);
  };
  const closeRow = (table: Table) => {
    closeCell(table);
    flushLoose(table);
    const row = table.row;
    const rowCovered = table.rowCovered;
    table.row = undefined;
    table.rowCovered = [];
    // Rowspans started in this row cover the rows below; earlier ones count down.
    const covering = table.covered.map((n) => Math.max(0, n - 1));
    table.covered = covering;
    const lineCells = table.cellLines;
    table.cellLines = [];
    if (!row) return;
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
        if (skip > 0 || SKIP.has(name)) {
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
        if (target.length < MAX_CELL_TEXT) target.push(data);
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
  parser.write(flattenDeepMarkup(html));
  parser.end();
  while (tables.length > 0) closeRow(tables.pop()!);
  flushBlock();
  return lines;
}
