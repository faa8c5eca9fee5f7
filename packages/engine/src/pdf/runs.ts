import { looksLikeValue } from '../import/figures/value.js';
import type { PageGeometry, PdfBox, TextRun } from './geometry.js';
import { unLookAlike } from './glyphs.js';

/** A text run placed in the document: its page, vertical centre, and whether it reads as a figure. */
export interface Run extends TextRun {
  page: number;
  /** Vertical centre: a row's label and its figures differ in y by a few points, not in their centres. */
  cy: number;
  figure: boolean;
  /** Taken by a table row or header (the rest are laid out as lines of text). */
  used: boolean;
}

// Page numbers as printed: - 4 -, — 4 —, 第 4 页, 第4页 共6页, 第 4 页 / 共 6 页 (Chromium's footer), 4/6.
const PAGE_NUMBER =
  /^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;
// Share of the page height counted as its top and bottom margins (headers, footers, page numbers).
const MARGIN = 0.09;

/** Every page's runs as the report printed them: look-alikes folded, page numbers and running heads dropped. */
export function runsOf(pages: readonly PageGeometry[]): Run[][] {
  const inMargin = (page: PageGeometry, run: TextRun) =>
    run.y + run.height < page.height * MARGIN || run.y > page.height * (1 - MARGIN);
  // A text in the margins of most pages is a running head or foot (the body's name, a date).
  const marginTexts = new Map<string, number>();
  for (const page of pages) {
    const seen = new Set<string>();
    for (const run of page.runs) if (inMargin(page, run)) seen.add(unLookAlike(run.text).trim());
    for (const text of seen) marginTexts.set(text, (marginTexts.get(text) ?? 0) + 1);
  }
  return pages.map((page) => {
    const lines = marginLines(page, inMargin);
    const pageNumberRuns = pageNumberLines(lines);
    const heads = runningHeads(lines, (text) => isRunningHead(marginTexts.get(text), pages.length));
    return inWords(
      page.runs.flatMap((run): Run[] => {
        const text = unLookAlike(run.text).trim();
        if (text === '' || pageNumberRuns.has(run)) return [];
        const figure = looksLikeValue(text);
        if (inMargin(page, run) && (PAGE_NUMBER.test(text) || heads.has(run))) return [];
        if (PAGE_NUMBER.test(text) && /^[-—–－]/.test(text)) return [];
        // Written out, not spread from the run: V8 adds each further property to a spread copy the slow way
        // (on the 淮安 PDF 1.8 of this function's 2.5 ms, its 493 runs made one by one).
        return [
          {
            text,
            x: run.x,
            y: run.y,
            width: run.width,
            height: run.height,
            page: page.page,
            cy: run.y + run.height / 2,
            figure,
            used: false,
          },
        ];
      }),
    );
  });
}

/** A page's margin runs as lines, each left to right. */
function marginLines(
  page: PageGeometry,
  inMargin: (page: PageGeometry, run: TextRun) => boolean,
): TextRun[][] {
  const margin = page.runs
    .filter((run) => inMargin(page, run) && run.text.trim() !== '')
    .sort((a, b) => a.y + a.height / 2 - (b.y + b.height / 2) || a.x - b.x);
  const lines: TextRun[][] = [];
  for (const run of margin) {
    const line = lines[lines.length - 1];
    const last = line?.[line.length - 1];
    if (line && last && Math.abs(last.y + last.height / 2 - (run.y + run.height / 2)) < last.height / 2)
      line.push(run);
    else lines.push([run]);
  }
  for (const line of lines) line.sort((a, b) => a.x - b.x);
  return lines;
}

/**
 * The runs of a page's running heads and feet: margin lines whose every word is in the margins of most
 * pages (figures, a page number aside). A word alone is not enough: Chromium prints look-alike characters as
 * runs of their own (「⼈」 of a repeated table header near the top of each page), and the same 「人」 in the
 * title 「杏岭子乡人民政府…」 was dropped with them.
 */
function runningHeads(lines: readonly TextRun[][], isHead: (text: string) => boolean): Set<TextRun> {
  const heads = new Set<TextRun>();
  for (const line of lines) {
    const texts = line.map((r) => unLookAlike(r.text).trim());
    const words = texts.filter((t) => !looksLikeValue(t) && !PAGE_NUMBER.test(t));
    if (words.length > 0 && words.every(isHead))
      line.forEach((run, i) => {
        if (!looksLikeValue(texts[i]!)) heads.add(run);
      });
  }
  return heads;
}

/**
 * Runs of a margin line that, joined, read as a page number: a producer may print 「第 2 页 / 共 5 页」 as
 * seven runs, and its 2 and 5 must not be read as figures of the table row above.
 */
function pageNumberLines(lines: readonly TextRun[][]): Set<TextRun> {
  const drop = new Set<TextRun>();
  for (const line of lines) {
    const text = line.map((r) => unLookAlike(r.text).trim()).join(' ');
    if (PAGE_NUMBER.test(text)) for (const run of line) drop.add(run);
  }
  return drop;
}

// A bracketed note printed after a figure (22（其中修订16件）) leaves the figure a figure.
const NOTE = /^[(（][^)）]*[)）]$/;

/**
 * Runs set close against each other on a line are one word. Where the word reads as a figure, it is one
 * run (「22」「（」「其中修订」「16」「件」「）」 → 22（其中修订16件）, as Chromium splits a cell); elsewhere a
 * figure-like run in it is text: 「（四）」「无」 (无 is a blank marker on its own), 「在省办」「2024」「年」.
 */
function inWords(runs: Run[]): Run[] {
  const sorted = [...runs].sort((a, b) => a.cy - b.cy || a.x - b.x);
  const chains: Run[][] = [];
  // The chains a later run may still join, in the order they began. The runs come by their centres: a chain
  // whose last run is half its height above this one is too far for this run and every later one.
  let open: Run[][] = [];
  for (const run of sorted) {
    open = open.filter((c) => run.cy - c[c.length - 1]!.cy < c[c.length - 1]!.height / 2);
    const chain = open.find((c) => touches(c[c.length - 1]!, run));
    if (chain) chain.push(run);
    else {
      chains.push([run]);
      open.push(chains[chains.length - 1]!);
    }
  }
  const out: Run[] = [];
  for (const chain of chains) {
    if (chain.length === 1 || !chain.some((r) => r.figure)) {
      out.push(...chain);
      continue;
    }
    const text = chain.map((r) => r.text).join('');
    if (looksLikeValue(text)) {
      const box = boxOf(chain)!;
      out.push({
        ...chain[0]!,
        text,
        x: box.x,
        y: box.y,
        width: box.width,
        height: box.height,
        cy: box.y + box.height / 2,
        figure: true,
      });
    } else {
      for (const r of chain) if (!NOTE.test(r.text)) r.figure = false;
      out.push(...chain);
    }
  }
  return out;
}

/** Whether `next` follows `run` on its line with (almost) no gap. */
function touches(run: Run, next: Run): boolean {
  const gap = next.x - (run.x + run.width);
  return (
    Math.abs(run.cy - next.cy) < Math.min(run.height, next.height) / 2 &&
    gap > -0.5 * next.height &&
    gap < 0.3 * Math.max(run.height, next.height)
  );
}

/** A text in the margin of most pages (at least three) is a running head or foot, not the report's text. */
function isRunningHead(pagesWithIt: number | undefined, pages: number): boolean {
  return pagesWithIt !== undefined && pagesWithIt >= 3 && pagesWithIt >= pages / 2;
}

/** The box around some runs of one page. */
export function boxOf(runs: readonly Run[]): PdfBox | undefined {
  if (runs.length === 0) return undefined;
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (const r of runs) {
    x0 = Math.min(x0, r.x);
    y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.width);
    y1 = Math.max(y1, r.y + r.height);
  }
  const round = (v: number) => Math.round(v * 10) / 10;
  return { page: runs[0]!.page, x: round(x0), y: round(y0), width: round(x1 - x0), height: round(y1 - y0) };
}

/** Runs joined as read: CJK side by side, Latin words and figures kept apart by a space where printed apart. */
export function joinRuns(runs: readonly Run[]): string {
  let out = '';
  let last: Run | undefined;
  for (const run of runs) {
    if (last) {
      const gap = run.x - (last.x + last.width);
      const sameLine = Math.abs(run.cy - last.cy) < Math.min(run.height, last.height) / 2;
      const latin = /[\x21-\x7e]$/.test(out) && /^[\x21-\x7e]/.test(run.text);
      if (latin && (!sameLine || gap > run.height * 0.2)) out += ' ';
    }
    out += run.text;
    last = run;
  }
  return out;
}

/** Runs in reading order: top to bottom by line (centres within half a height), left to right. */
export function readingOrder<T extends Run>(runs: readonly T[]): T[] {
  const sorted = [...runs].sort((a, b) => a.cy - b.cy || a.x - b.x);
  const lines: T[][] = [];
  for (const run of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(run.cy - line[0]!.cy) < Math.min(run.height, line[0]!.height) / 2) line.push(run);
    else lines.push([run]);
  }
  return lines.flatMap((line) => line.sort((a, b) => a.x - b.x));
}
