import { cropPgm, inkBox, inset, looksLikeFigure } from './crop.js';
import { rotate, skewOf } from './deskew.js';
import { type Box, findGrids } from './grid.js';
import { binarise, type Gray, INK, inkOf, type Raster, RULE_INK } from './raster.js';
import type { Reading, Recognizer } from './recognizer.js';

/** One cell of a table as read from the scan. */
export interface ScannedCell {
  /** 1-based page. */
  page: number;
  /** Table on the page (0-based, top down) and band (grid row) the cell starts in. */
  table: number;
  band: number;
  /** Inside its ruling lines, in pixels of the straightened page. */
  box: Box;
  /** `blank`: no ink in the cell. */
  kind: 'figure' | 'label' | 'blank';
  text: string;
  confidence: number;
}

/** A page read: its straightened image (for crops), its skew, its table cells and the text above them. */
export interface ScannedPage {
  page: number;
  /** Degrees the page was turned back by. */
  skew: number;
  image: Gray;
  /** Pixels of a typographic point: the page's scale. */
  unit: number;
  cells: ScannedCell[];
  /** Lines of text outside the tables that name the report and its sections (title, headings). */
  prose: { y: number; text: string }[];
}

/** Pages are assumed A4 (595 points wide) to find their scale: every report is printed on A4. */
const A4_WIDTH_PT = 595.3;
/** Crops are scaled to 300 dpi, the resolution tesseract's models read best. */
const READ_UNIT = 300 / 72;
/** The second reading of a figure is this much larger than the first. */
const SECOND_SCALE = 4 / 3;
/** The confidence of a figure whose two readings disagree: below LOW_CONFIDENCE, so always confirmed. */
const DOUBTFUL = 40;
/** A figure read with less confidence than this may be Chinese text that the glyph test took for digits. */
const DOUBT = 50;
const CHINESE = /[\u3400-\u9fff]/;
/** Prose above a table is read this far up (points): the section's heading and the table's caption. */
const HEADING_REACH_PT = 60;

export async function readPage(
  page: number,
  raster: Raster,
  recognizer: Recognizer,
  onCell?: (done: number, total: number) => void,
): Promise<ScannedPage> {
  const unit = raster.width / A4_WIDTH_PT;
  const skewed = inkOf(raster);
  const skew = skewOf(skewed);
  const image = rotate(skewed, skew);
  const ruled = rotate(inkOf(raster, false), skew);
  // Ruling lines are thin: at 150 dpi, turned and straightened again, they come out grey, not black.
  const grids = findGrids(binarise(ruled, RULE_INK), image.width, image.height, unit);
  const scale = READ_UNIT / unit;
  const pad = 12;
  const cells: ScannedCell[] = [];
  const total = grids.reduce((n, g) => n + g.cells.length, 0);
  let done = 0;
  for (const [table, grid] of grids.entries()) {
    for (const cell of grid.cells) {
      // Two points in: the cell's padding, clear of its ruling lines even where a straightened line wavers.
      const inner = inset(cell.box, Math.ceil(2 * unit));
      const ink = inkBox(image, inner);
      const base = { page, table, band: cell.band, box: cell.box };
      onCell?.(++done, total);
      if (!ink) {
        cells.push({ ...base, kind: 'blank', text: '', confidence: 100 });
        continue;
      }
      const margin = Math.round(unit);
      const tight = {
        x0: Math.max(inner.x0, ink.x0 - margin),
        y0: Math.max(inner.y0, ink.y0 - margin),
        x1: Math.min(inner.x1, ink.x1 + margin),
        y1: Math.min(inner.y1, ink.y1 + margin),
      };
      const crop = cropPgm(image, tight, scale, pad);
      const second = () => cropPgm(image, tight, scale * SECOND_SCALE, pad, INK);
      // A figure is one line of narrow glyphs; wrapped or stacked ink is a label.
      const oneLine = ink.y1 - ink.y0 <= 11 * unit;
      let figure: Reading | undefined;
      if (oneLine && looksLikeFigure(image, ink)) {
        figure = await readTwice(recognizer, crop, second());
        if (figure.text !== '' && figure.confidence >= DOUBT) {
          cells.push({ ...base, kind: 'figure', ...figure });
          continue;
        }
      }
      const label = await recognizer.label(crop);
      if (!CHINESE.test(label.text) && oneLine) {
        // No Chinese where the glyph test saw text (digits printed close together) or doubted its figure:
        // a figure after all, read by the figure reader (its whitelist keeps out look-alike letters).
        figure ??= await readTwice(recognizer, crop, second());
        cells.push({ ...base, kind: 'figure', ...figure });
        continue;
      }
      cells.push({ ...base, kind: 'label', ...label });
    }
  }
  const tables = grids.map((g) => g.box);
  // The first page names the body and the year in its title, above any table.
  const titleEnd = Math.min(Math.round(image.height * 0.3), (tables[0]?.y0 ?? image.height) - 2);
  const top = page === 1 ? [{ x0: 0, y0: 0, x1: image.width - 1, y1: titleEnd }] : [];
  const prose = await readHeadings(image, [...top, ...tables], unit, scale, recognizer);
  return { page, skew, image, unit, cells, prose };
}

/**
 * A figure read twice, from the grey crop and from a larger binarised one: tesseract's misreadings of a
 * figure (4 read as 1, a digit dropped) differ between the two, so two readings that disagree mark the
 * figure doubtful (confidence at most DOUBTFUL) instead of letting one pass as read.
 */
async function readTwice(recognizer: Recognizer, grey: Uint8Array, binary: Uint8Array): Promise<Reading> {
  const a = await recognizer.figure(grey);
  const b = await recognizer.figure(binary);
  if (a.text === b.text) return { text: a.text, confidence: Math.max(a.confidence, b.confidence) };
  const best = a.text === '' || (b.text !== '' && b.confidence > a.confidence) ? b : a;
  return { text: best.text, confidence: Math.min(a.confidence, b.confidence, DOUBTFUL) };
}

/** The text just above each table (the section heading, the table's caption), and the title on page 1. */
async function readHeadings(image: Gray, tables: Box[], unit: number, scale: number, recognizer: Recognizer) {
  const out: { y: number; text: string }[] = [];
  let floor = 0;
  const margin = Math.round(40 * unit);
  for (const table of tables) {
    const y0 = table.y0 === 0 ? margin : Math.max(floor, table.y0 - Math.round(HEADING_REACH_PT * unit));
    const box = { x0: margin, y0, x1: image.width - margin, y1: table.y0 === 0 ? table.y1 : table.y0 - 2 };
    floor = table.y1 + 2;
    if (box.y1 - box.y0 < 8 * unit) continue;
    const ink = inkBox(image, box);
    if (!ink) continue;
    const reading = await recognizer.prose(cropPgm(image, ink, scale, 12));
    // Headings and titles are Chinese; what tesseract makes of a stain or a stray line is not.
    for (const text of reading) if (CHINESE.test(text)) out.push({ y: ink.y0, text });
  }
  return out;
}
