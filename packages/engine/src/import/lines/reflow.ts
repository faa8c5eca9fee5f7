import { SECTION_IDS, type SectionId, TABLE_IDS, type TableId } from '@gongkai/schema';
import { labelIndex, type RowEntry } from '../labels/label-index.js';
import { matchHeading } from '../labels/match.js';
import { APPEALS_CELLS } from '../walk/transposed-shape.js';
import { type Line, lineOf, MAX_LINES } from './lines.js';
import { segmentCells, withoutTrailingNumbering } from './reflow-cells.js';
import { type Found, findTerms, fold } from './reflow-tokens.js';

/**
 * Reads a text whose line breaks cannot be trusted (the whole report on one line, one cell per line, `|`
 * grids broken across lines) into the lines the walk reads: the structure is taken from the labels, not
 * from the line breaks. Section headings are found by their ordinal (`二、`) and title; inside a table's
 * section the catalogue's labels are found in the folded text, and the figures between one label and the
 * next become the row's cells. Column headers are dropped (their positions mean nothing once the line
 * breaks are gone): a row's figures are then in the catalogue's printed order.
 */
export function reflowLines(text: string): Line[] {
  const lineStarts = startsOfLines(text);
  const lineAt = (raw: number) => lineNumber(lineStarts, raw);
  const out: Line[] = [];
  const headings = findHeadings(text);
  const prose = (from: number, to: number) => {
    let start = from;
    for (const piece of text.slice(from, to).split('\n')) {
      const trimmed = piece.trim();
      if (trimmed !== '') out.push(lineOf(lineAt(start), [trimmed], trimmed));
      start += piece.length + 1;
    }
  };
  preamble(text, headings[0]?.start ?? text.length, prose, out, lineAt);
  headings.forEach((h, i) => {
    const end = headings[i + 1]?.start ?? text.length;
    out.push(lineOf(lineAt(h.start), [h.text], h.text));
    if ((TABLE_IDS as readonly string[]).includes(h.id))
      table(text, h.id as TableId, h.end, end, out, lineAt);
    else prose(h.end, end);
  });
  return out.slice(0, MAX_LINES);
}

/** The title, up to its `报告`, stands on a line of its own: the walk looks for it among short lines. */
function preamble(
  text: string,
  end: number,
  prose: (from: number, to: number) => void,
  out: Line[],
  lineAt: (raw: number) => number,
): void {
  const head = text.slice(0, Math.min(end, 200));
  const title = TITLE.exec(head) ?? TITLE_REPORT.exec(head);
  // A title is no sentence: a preface (根据《条例》…，现向社会公布…年度报告) is not one.
  if (title && !title[0].includes('\n') && !/[，,。；;：:《]/.test(title[0])) {
    const t = title[0].trim();
    out.push(lineOf(lineAt(0), [t], t));
    prose(title[0].length, end);
  } else prose(0, end);
}

// The title ends with its last words (政府信息公开工作年度报告, even shuffled: 工作告年度报) and an optional
// bracketed year; else with the first 报告.
const YEAR_AFTER = '(?:\\s*[(（]\\s*(?:19|20)\\d{2}\\s*年?度?\\s*[)）])?';
const TITLE = new RegExp(
  `^\\s*[^。\\n]{2,60}?(?:政府)?(?:信息公开|政务公开)[工作年度报告\\s]{2,12}${YEAR_AFTER}`,
);
const TITLE_REPORT = new RegExp(`^\\s*[^。\\n]{4,80}?报告${YEAR_AFTER}`);

interface Heading {
  id: SectionId;
  start: number;
  end: number;
  text: string;
}

const ORDINALS = '一二三四五六';
// A reworded title (行政复议与行政诉讼) still scores this much; prose after an ordinal scores less.
const MIN_HEADING_SCORE = 0.8;
// The longest heading tried after its ordinal (the longest official title and its added words).
const MAX_HEADING = 40;

/**
 * Section headings in reading order: an ordinal (`五、`) followed by words that `matchHeading` takes for
 * that section's title, the shortest such words of the best score. Each section is looked for after the
 * one before it, so a sub-heading (（一）主动公开政府信息情况) or a row (三、本年度办理结果) is never one.
 */
function findHeadings(text: string): Heading[] {
  const out: Heading[] = [];
  let from = 0;
  let next = 0;
  const ordinal = /([一二三四五六])\s*[、.．]/g;
  while (next < ORDINALS.length) {
    ordinal.lastIndex = from;
    let m: RegExpExecArray | null = ordinal.exec(text);
    let found: Heading | undefined;
    for (; m && !found; m = ordinal.exec(text)) {
      const n = ORDINALS.indexOf(m[1]!);
      if (n < next) continue;
      found = headingAt(text, m.index, m.index + m[0].length, n);
    }
    if (!found) break;
    out.push(found);
    from = found.end;
    next = ORDINALS.indexOf(found.text.trim().charAt(0)) + 1;
  }
  return out;
}

function headingAt(text: string, start: number, words: number, n: number): Heading | undefined {
  const keys = sectionKeys(SECTION_IDS[n]!);
  const window = fold(text, words, Math.min(text.length, words + MAX_HEADING));
  // The official title or an alias, whole: the longest one printed.
  let exact: string | undefined;
  for (const k of keys) if (window.text.startsWith(k) && k.length > (exact?.length ?? 0)) exact = k;
  if (exact) {
    const end = window.at[exact.length - 1]! + 1;
    return { id: SECTION_IDS[n]!, start, end, text: text.slice(start, end).trim() };
  }
  // A damaged or reworded title opens like one (存在的主要问题及…, 政府信息公开行政复议…): only then scored.
  if (!keys.some((k) => window.text.startsWith(k.slice(0, 2)))) return undefined;
  let best: { score: number; end: number; id: SectionId } | undefined;
  const limit = Math.min(text.length, words + MAX_HEADING);
  for (let end = words + 2; end <= limit; end++) {
    const c = text.charAt(end - 1);
    // A heading holds no line break and no sentence end; it ends before them.
    if (c === '\n' || /[。；;！？!?]/.test(c)) break;
    const m = matchHeading(`${ORDINALS[n]}、${text.slice(words, end)}`);
    if (!m || m.id !== SECTION_IDS[n]) continue;
    // Of equal scores the longest words (主动公开政府信息情况, not 主动公开政府信息 and a stray 情况).
    if (!best || m.score >= best.score) best = { score: m.score, end, id: m.id };
  }
  if (!best || best.score < MIN_HEADING_SCORE) return undefined;
  return { id: best.id, start, end: best.end, text: text.slice(start, best.end).trim() };
}

const CLOSING = /["'”’」』〞]/;

const keysBySection = new Map<SectionId, string[]>();

/** The keys of a section's title and aliases, longest first. */
function sectionKeys(id: SectionId): readonly string[] {
  let keys = keysBySection.get(id);
  if (!keys) {
    const entry = labelIndex().sections.find((s) => s.id === id);
    keys = (entry?.keys ?? []).map((k) => k.key).filter((k) => /[\u4e00-\u9fff]/.test(k));
    keysBySection.set(id, keys);
  }
  return keys;
}

/**
 * A table's section: the labels of every table found (a section whose heading was lost runs on into the
 * next table), each row's figures read from the text after its label; section 四's figures, printed after
 * all its labels (its rows across the top), are gathered in reading order onto one line.
 */
function table(
  text: string,
  id: TableId,
  from: number,
  to: number,
  out: Line[],
  lineAt: (raw: number) => number,
): void {
  const folded = fold(text, from, to);
  const found = findTerms(folded.text, id);
  const rawStart = (f: Found) => folded.at[f.start]!;
  // A label's closing quote (危及“三安全一稳定”) is not folded: it belongs to the label, not to its figures.
  const rawEnd = (f: Found) => {
    let end = folded.at[f.end - 1]! + 1;
    while (end < to && CLOSING.test(text.charAt(end))) end++;
    return end;
  };
  const figures: string[] = [];
  let figuresAt = -1;
  let looseFigures = false;
  const flushFigures = () => {
    if (figures.length === 0) return;
    trimTrailingBlanks(figures, APPEALS_CELLS);
    // Not one cell per position: which cell a figure is cannot be told from blanks, only from the sums.
    const loose = looseFigures || figures.length !== APPEALS_CELLS;
    out.push(lineOf(lineAt(figuresAt), [...figures], figures.join(' '), undefined, undefined, loose));
    figures.length = 0;
    looseFigures = false;
  };
  let inAppeals = id === 'appeals';
  for (let i = -1; i < found.length; i++) {
    const f = found[i];
    const gapFrom = f ? rawEnd(f) : from;
    const gapTo = found[i + 1] ? rawStart(found[i + 1]!) : to;
    const raw = withoutTrailingNumbering(text.slice(gapFrom, gapTo));
    if (f) {
      const label = text.slice(rawStart(f), rawEnd(f)).replace(/\s+/g, '');
      if (f.term.table === 'appeals') inAppeals = true;
      else if (inAppeals) {
        flushFigures();
        inAppeals = false;
      }
      if (f.term.kind === 'row' && !inAppeals) {
        const { cells, rest, loose } = segmentCells(raw);
        // Blank cells beyond the row's width are the next line's leading ones (one cell per line).
        trimTrailingBlanks(cells, widthOf(f.term.row!));
        const line = `${label} ${cells.join(' ')}`.trim();
        out.push(lineOf(lineAt(rawStart(f)), [label, ...cells], line, undefined, undefined, loose));
        if (rest !== '') out.push(lineOf(lineAt(gapFrom), [rest], rest));
        continue;
      }
      if (f.term.kind === 'fixture' && !inAppeals) out.push(lineOf(lineAt(rawStart(f)), [label], label));
    }
    const { cells, rest, loose } = segmentCells(raw);
    // Blank cells between section 四's labels are its header's, not figures.
    if (inAppeals && cells.some((c) => c !== '')) {
      if (figuresAt < 0 || figures.length === 0) figuresAt = gapFrom;
      figures.push(...cells);
      looseFigures ||= loose;
    }
    if (rest !== '') {
      flushFigures();
      out.push(lineOf(lineAt(gapFrom), [rest], rest));
    }
  }
  flushFigures();
}

/** The most cells a row has in either format. */
function widthOf(row: RowEntry): number {
  return Math.max(row.plans.v2021?.keys.length ?? 0, row.plans.v2019?.keys.length ?? 0);
}

/** Drops blank cells past `width` from the end. */
function trimTrailingBlanks(cells: string[], width: number): void {
  while (cells.length > width && cells[cells.length - 1] === '') cells.pop();
}

function startsOfLines(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based line of a raw position. */
function lineNumber(starts: readonly number[], raw: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= raw) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
