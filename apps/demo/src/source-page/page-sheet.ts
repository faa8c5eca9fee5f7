/**
 * The page on screen: draws it (pdf.js, loaded on first use) at the panel's width, then outlines the box
 * of the figure and scrolls it into view. Lit calls `attachSheet` on every render; a page is drawn again
 * only when the draft, the page, the width (or zoom) or the canvas changed, and scrolled only to a new box.
 */
import type { PdfBox } from '@gongkai/engine/pdf';
import type { Drawn } from './page-render.js';

/** Points left around the figure, so the outline frames it instead of crossing its digits. */
const MARGIN = 4;

let sheet: { key: string; canvas: HTMLCanvasElement; drawn: Drawn | null } | undefined;
let placed = '';

/** How the page of `draftId` is doing: drawing, drawn, or why it cannot be shown. */
export function sheetStatus(draftId: string, page: number): 'loading' | Drawn['status'] {
  if (!sheet?.key.startsWith(`${draftId}|${page}|`)) return 'loading';
  return sheet.drawn?.status ?? 'loading';
}

export function attachSheet(
  scroller: Element | undefined,
  draftId: string,
  box: PdfBox,
  zoom: number,
  /** Whether the bytes are saved (undefined while saving): a page found missing is tried again once they are. */
  kept: boolean | undefined,
  changed: () => void,
  retried = false,
): void {
  if (!(scroller instanceof HTMLElement)) return;
  // Lit fills a new template before inserting it: measure once it is in the page (once: not a loop).
  if (!scroller.isConnected) {
    if (!retried) queueMicrotask(() => attachSheet(scroller, draftId, box, zoom, kept, changed, true));
    return;
  }
  const canvas = scroller.querySelector('canvas');
  const mark = scroller.querySelector<HTMLElement>('.source-page-mark');
  const width = Math.floor(scroller.clientWidth * zoom);
  if (!canvas || !mark || width === 0) return;
  const key = `${draftId}|${box.page}|${width}|${kept}`;
  if (sheet?.key !== key || sheet.canvas !== canvas) {
    const drawing = { key, canvas, drawn: null as Drawn | null };
    sheet = drawing;
    placed = '';
    mark.hidden = true;
    void import('./page-render.js')
      .then((render) => render.drawPage(canvas, draftId, box.page, width, box.turn))
      .catch((): Drawn => ({ status: 'failed' }))
      .then((drawn) => {
        if (sheet !== drawing || drawn.status === 'cancelled') return;
        drawing.drawn = drawn;
        changed();
      });
    // The status line says 「正在显示」 meanwhile (after this render, not inside it).
    queueMicrotask(changed);
    return;
  }
  if (sheet.drawn?.status !== 'drawn') return;
  const scale = sheet.drawn.scale;
  const left = (box.x - MARGIN) * scale;
  const top = (box.y - MARGIN) * scale;
  const boxWidth = (box.width + 2 * MARGIN) * scale;
  const boxHeight = (box.height + 2 * MARGIN) * scale;
  Object.assign(mark.style, {
    left: `${left}px`,
    top: `${top}px`,
    width: `${boxWidth}px`,
    height: `${boxHeight}px`,
  });
  mark.hidden = false;
  const at = `${key}|${box.x}|${box.y}`;
  if (placed === at) return;
  placed = at;
  scroller.scrollTop = top - (scroller.clientHeight - boxHeight) / 2;
  scroller.scrollLeft = left - (scroller.clientWidth - boxWidth) / 2;
  scroller.closest('section')?.scrollIntoView({ block: 'nearest' });
}
