import type { PageGeometry } from './geometry.js';

/** What the pages' text layer says about whether it can be read at all. */
export type Legibility =
  | { status: 'text' }
  | { status: 'scanned'; pages: number[] }
  | { status: 'no-text' }
  | { status: 'unreadable'; share: number };

// U+FFFD, private-use characters and C0 controls are what fonts without Unicode maps come out as.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what undecodable glyphs give
const UNDECODED = /[\ufffd\ue000-\uf8ff\u0000-\u0008\u000e-\u001f]/g;
// A page whose text is shorter than this, under an image over most of it, is a scanned page.
const FEW = 20;

/** Whether a page has so little text that it may be a scan (and its images must be measured). */
export function mayBeScanned(page: PageGeometry): boolean {
  let text = 0;
  for (const run of page.runs) text += run.text.replace(/\s+/g, '').length;
  return text < FEW;
}

/** A page that is an image with (almost) no text: scanned, or pasted in as a picture. */
export function isImagePage(page: PageGeometry): boolean {
  return mayBeScanned(page) && page.imageCover > 0.5;
}

/** Tells a readable text layer from a scan (pages that are images) and from glyphs without Unicode maps. */
export function legibilityOf(pages: readonly PageGeometry[]): Legibility {
  let chars = 0;
  let undecoded = 0;
  const scanned: number[] = [];
  let imaged = 0;
  for (const page of pages) {
    let text = 0;
    for (const run of page.runs) {
      const t = run.text.replace(/\s+/g, '');
      text += t.length;
      undecoded += t.match(UNDECODED)?.length ?? 0;
    }
    chars += text;
    if (page.imageCover > 0.5) imaged++;
    if (isImagePage(page)) scanned.push(page.page);
  }
  if (chars === 0) return imaged > 0 ? { status: 'scanned', pages: scanned } : { status: 'no-text' };
  // Most pages images with (almost) no text: a scan, perhaps with a typed cover page.
  if (scanned.length > 0 && scanned.length >= pages.length / 2) return { status: 'scanned', pages: scanned };
  const share = undecoded / chars;
  if (share > 0.1) return { status: 'unreadable', share: Math.round(share * 100) };
  return { status: 'text' };
}
