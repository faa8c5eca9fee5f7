/**
 * Draws one page of a draft's original PDF on a canvas with pdf.js, in its own worker (the same build,
 * worker and static cmaps/fonts as the PDF reader). A lazy chunk: loaded only when a page is shown.
 */
import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { loadOriginal } from '../drafts/original-storage.js';

/** A drawn page: points to CSS pixels, for the mark over it. */
export type Drawn = { status: 'drawn'; scale: number } | { status: 'lost' | 'failed' | 'cancelled' };

/** The open document, one at a time: pages of one draft are shown one after another. */
let open: { id: string; doc: Promise<PDFDocumentProxy | undefined> } | undefined;
/** The render under way on a canvas: pdf.js refuses two at once on one canvas. */
const drawing = new WeakMap<HTMLCanvasElement, RenderTask>();

function documentOf(id: string): Promise<PDFDocumentProxy | undefined> {
  if (open?.id === id) return open.doc;
  void open?.doc.then((doc) => doc?.destroy());
  GlobalWorkerOptions.workerSrc = workerUrl;
  const assets = new URL('pdfjs/', document.baseURI).href;
  const doc = loadOriginal(id).then((bytes) =>
    bytes
      ? getDocument({
          data: new Uint8Array(bytes),
          cMapUrl: `${assets}cmaps/`,
          cMapPacked: true,
          standardFontDataUrl: `${assets}standard_fonts/`,
          // Nothing in the file runs as code (CVE-2024-4367), as in the reader.
          isEvalSupported: false,
          enableXfa: false,
        }).promise
      : undefined,
  );
  open = { id, doc };
  // A failed open, or bytes not saved yet, is tried again next time, not remembered.
  const forget = () => {
    if (open?.doc === doc) open = undefined;
  };
  doc.then((loaded) => loaded ?? forget(), forget);
  return doc;
}

/**
 * Draws page `page` of draft `id` at `width` CSS pixels wide (sharp on high-density screens), turned by
 * `turn` degrees beyond its own /Rotate when the reader had to turn it for its text to read (the boxes
 * of its figures are in the page so turned).
 */
export async function drawPage(
  canvas: HTMLCanvasElement,
  id: string,
  page: number,
  width: number,
  turn = 0,
): Promise<Drawn> {
  try {
    const doc = await documentOf(id);
    if (!doc) return { status: 'lost' };
    const proxy = await doc.getPage(page);
    const rotation = (proxy.rotate + turn) % 360;
    const scale = width / proxy.getViewport({ scale: 1, rotation }).width;
    const density = Math.min(3, Math.max(1, globalThis.devicePixelRatio || 1));
    const viewport = proxy.getViewport({ scale: scale * density, rotation });
    drawing.get(canvas)?.cancel();
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    canvas.style.width = `${viewport.width / density}px`;
    canvas.style.height = `${viewport.height / density}px`;
    const task = proxy.render({ canvas, viewport });
    drawing.set(canvas, task);
    await task.promise;
    if (drawing.get(canvas) === task) drawing.delete(canvas);
    return { status: 'drawn', scale };
  } catch (error) {
    return { status: (error as Error)?.name === 'RenderingCancelledException' ? 'cancelled' : 'failed' };
  }
}
