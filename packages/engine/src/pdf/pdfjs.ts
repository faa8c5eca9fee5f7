/**
 * The one module that talks to pdf.js: opens a PDF and gives each page's text runs, ruling lines and image
 * cover. Everything pdf.js needs to read Chinese text is passed here (cmaps, standard fonts), and nothing
 * from the file runs as code (`isEvalSupported: false`, CVE-2024-4367).
 */
import type * as Pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { type Matrix, multiply, type PageGeometry, type TextRun } from './geometry.js';
import { mendPolyfills } from './legacy-polyfills.js';
import { readOperators } from './operators.js';
import { isUpright, type Turn, turnOf, uprightHeight } from './page-turn.js';
import { SameThreadPort } from './same-thread-port.js';
import { setWatermarksAside } from './watermarks.js';

export type PdfjsModule = typeof Pdfjs;

export interface PdfReaderOptions {
  /**
   * pdf.js as the caller loaded it (a browser build with its worker set up). By default the legacy build,
   * the one that runs in Node.
   */
  pdfjs?: PdfjsModule | (() => Promise<PdfjsModule>);
  /** Folder (Node: a path; browser: a URL) of pdf.js's `cmaps/`, ending in `/`. Default: the package's. */
  cMapUrl?: string;
  /** Folder of pdf.js's `standard_fonts/`, ending in `/`. Default: the package's. */
  standardFontDataUrl?: string;
  /** Pages read at most (a hostile file may claim thousands). Default 100. */
  maxPages?: number;
  /** Time allowed for the whole file, in milliseconds. Default 30 000. */
  timeoutMs?: number;
  /**
   * The pages, given their text, whose ruling lines and images are wanted (their operator lists are
   * read). Default: every page.
   */
  operatorsFor?: (pages: readonly PageGeometry[]) => ReadonlySet<number>;
}

export type PdfRead =
  | { status: 'ok'; pages: PageGeometry[]; pageCount: number }
  | { status: 'encrypted' | 'corrupt' | 'timeout'; detail?: string };

const MAX_RUNS_PER_PAGE = 20_000;

/** Reads a PDF's pages (text runs with boxes, rules, image cover); never throws. */
export async function readPdf(bytes: Uint8Array, options: PdfReaderOptions = {}): Promise<PdfRead> {
  let pdfjs: PdfjsModule;
  let workerHalf: WorkerHalf | undefined;
  let assets: { cMapUrl: string; standardFontDataUrl: string };
  try {
    ({ pdfjs, workerHalf } = await loadPdfjs(options.pdfjs));
    assets = await assetsOf(options);
  } catch {
    return { status: 'corrupt' };
  }
  const worker = workerHalf && sameThreadWorker(pdfjs, workerHalf);
  let task: ReturnType<PdfjsModule['getDocument']>;
  try {
    task = pdfjs.getDocument({
      ...(worker ? { worker: worker.worker } : {}),
      // pdf.js takes the buffer over (it may detach it) and refuses Node's Buffer: a plain copy of the bytes.
      data: new Uint8Array(bytes),
      cMapUrl: assets.cMapUrl,
      cMapPacked: true,
      standardFontDataUrl: assets.standardFontDataUrl,
      isEvalSupported: false,
      enableXfa: false,
      ...fontPlacement(),
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    });
  } catch {
    worker?.close();
    return { status: 'corrupt' };
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<PdfRead>((resolve) => {
    timer = setTimeout(() => resolve({ status: 'timeout' }), options.timeoutMs ?? 30_000);
  });
  try {
    const deadline = Date.now() + (options.timeoutMs ?? 30_000);
    return await Promise.race([readPages(task, pdfjs, options, deadline), timeout]);
  } catch (error) {
    const { name, message } = (error ?? {}) as { name?: string; message?: string };
    return name === 'PasswordException'
      ? { status: 'encrypted' }
      : { status: 'corrupt', detail: String(message) };
  } finally {
    clearTimeout(timer);
    await task.destroy().catch(() => undefined);
    worker?.close();
  }
}

async function readPages(
  task: ReturnType<PdfjsModule['getDocument']>,
  pdfjs: PdfjsModule,
  options: PdfReaderOptions,
  deadline: number,
): Promise<PdfRead> {
  const doc = await task.promise;
  leaveFontsUnbound(doc);
  const pages: PageGeometry[] = [];
  const transforms: Matrix[] = [];
  const count = Math.min(doc.numPages, options.maxPages ?? 100);
  for (let number = 1; number <= count; number++) {
    // In Node pdf.js parses on this thread, its steps chained as promises that can starve a timer: the
    // deadline is also checked between pages.
    if (Date.now() > deadline) return { status: 'timeout' };
    const page = await doc.getPage(number);
    const content = await page.getTextContent({ disableNormalization: true });
    const items = content.items.filter(
      (item): item is Extract<(typeof content.items)[number], { str: string }> =>
        'str' in item && item.str.trim() !== '',
    );
    const viewportAt = (turn: Turn) => page.getViewport({ scale: 1, rotation: (page.rotate + turn) % 360 });
    const turn = turnOf(
      items as unknown as { str: string; transform: Matrix }[],
      (t) => viewportAt(t).transform as unknown as Matrix,
    );
    const viewport = viewportAt(turn);
    const transform = viewport.transform as unknown as Matrix;
    const runs: TextRun[] = [];
    let aside: PageGeometry['aside'];
    for (const item of items) {
      if (runs.length >= MAX_RUNS_PER_PAGE) break;
      const m = multiply(transform, item.transform as unknown as Matrix);
      if (!isUpright(m)) {
        aside ??= { count: 0, sample: item.str.trim().slice(0, 30) };
        aside.count++;
        continue;
      }
      const height = uprightHeight(m, item.height);
      runs.push({ text: item.str, x: m[4], y: m[5] - height, width: item.width, height });
    }
    pages.push({
      page: number,
      width: viewport.width,
      height: viewport.height,
      runs,
      rules: [],
      imageCover: 0,
      ...(turn !== 0 ? { turn } : {}),
      ...(aside ? { aside } : {}),
    });
    transforms.push(transform);
    page.cleanup();
  }
  setWatermarksAside(pages);
  // The operator list (rules, images) costs more than the text, its every glyph evaluated again: read it
  // only on the pages the caller can use it on.
  const wanted = options.operatorsFor?.(pages) ?? new Set(pages.map((p) => p.page));
  for (const geometry of pages) {
    if (!wanted.has(geometry.page)) continue;
    if (Date.now() > deadline) return { status: 'timeout' };
    const page = await doc.getPage(geometry.page);
    // Annotations (links, form widgets) draw no table: their appearance streams are not evaluated.
    const list = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
    Object.assign(
      geometry,
      readOperators(
        list.fnArray,
        list.argsArray,
        pdfjs.OPS,
        transforms[geometry.page - 1]!,
        geometry.width * geometry.height,
      ),
    );
    page.cleanup();
  }
  return { status: 'ok', pages, pageCount: doc.numPages };
}

/**
 * Where pdf.js puts the fonts it loads. With `disableFontFace` it turns every glyph shown into a path
 * while building the operator list (for a canvas without font support), which is most of that list's cost
 * and useless here: nothing is drawn, only the rules are read. So fonts go to a document: the page's own in
 * a browser (pdf.js's default there), and in Node one that keeps nothing (pdf.js only inserts a
 * `@font-face` rule into it, and Node loads fonts synchronously, so nothing waits on it). Measured on the
 * 淮安 PDF, text and operator lists of every page, median of 12: 401 → 265 ms (text alone 190 ms). A
 * browser worker without a document keeps glyph paths, as before.
 */
function fontPlacement(): { disableFontFace: boolean; ownerDocument?: Document } {
  if (typeof document !== 'undefined') return { disableFontFace: false };
  if (typeof process !== 'undefined' && process.versions?.node)
    return { disableFontFace: false, ownerDocument: fontsDiscarded as unknown as Document };
  return { disableFontFace: true };
}

/**
 * The fonts an operator list sends this side are not bound to a document: nothing is drawn with them. In
 * Node, binding one encodes its whole file in base64 for a `@font-face` rule that is thrown away (2.3 MB of
 * text for the 淮安 PDF's, a fifth of its operator lists' cost); in a browser it would add them to the
 * page's fonts. Each is marked bound, as pdf.js's font loader does with one it has already bound.
 */
function leaveFontsUnbound(doc: Awaited<ReturnType<PdfjsModule['getDocument']>['promise']>): void {
  const loader = (doc._transport as { fontLoader?: { bind?: unknown } } | undefined)?.fontLoader;
  if (typeof loader?.bind !== 'function') return;
  loader.bind = async (font: { attached?: boolean }) => {
    font.attached = true;
  };
}

/**
 * The least of a document that pdf.js's font loader writes into (see `fontPlacement`): written into only
 * if `leaveFontsUnbound` could not reach the loader.
 */
const fontsDiscarded = {
  createElement: () => ({ sheet: { cssRules: [], insertRule: () => 0 }, remove: () => undefined }),
  documentElement: { getElementsByTagName: () => [{ append: () => undefined }] },
};

/** pdf.js's worker half (its `WorkerMessageHandler`), as the legacy build's worker module exports it. */
interface WorkerHalf {
  initializeFromPort(port: SameThreadPort): void;
}

/**
 * A worker for one file whose two halves talk over a `SameThreadPort` (no structured clone of the page
 * content they pass), in Node, where pdf.js runs both halves on this thread anyway; elsewhere none (a
 * browser has a real worker). `close` lets go of both halves once the document is destroyed.
 */
function sameThreadWorker(
  pdfjs: PdfjsModule,
  workerHalf: WorkerHalf,
): { worker: InstanceType<PdfjsModule['PDFWorker']>; close: () => void } | undefined {
  if (typeof process === 'undefined' || !process.versions?.node) return undefined;
  const port = new SameThreadPort();
  // Both halves listen before the first message between them arrives (each arrives after this job).
  // Quiet, as the document is (pdf.js's own worker takes the document's `verbosity`).
  const worker = new pdfjs.PDFWorker({ port: port as never, verbosity: 0 });
  workerHalf.initializeFromPort(port);
  return {
    worker,
    close: () => {
      worker.destroy();
      port.terminate();
    },
  };
}

/** pdf.js, and its worker half when it is the legacy build loaded here (see `sameThreadWorker`). */
async function loadPdfjs(
  given: PdfReaderOptions['pdfjs'],
): Promise<{ pdfjs: PdfjsModule; workerHalf?: WorkerHalf }> {
  if (typeof given === 'function') return { pdfjs: await given() };
  if (given) return { pdfjs: given };
  // Named through a variable: a browser app passes its own build, and its bundler must not pack this one.
  const legacy = 'pdfjs-dist/legacy/build/pdf.mjs';
  const pdfjs = (await import(/* @vite-ignore */ legacy)) as PdfjsModule;
  // Its worker, which Node runs on this thread, bundles core-js again: loaded now (pdf.js imports the same
  // module when the first file is read), its polyfills are mended with the build's.
  const worker = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
  const { WorkerMessageHandler } = (await import(/* @vite-ignore */ worker)) as {
    WorkerMessageHandler: WorkerHalf;
  };
  mendPolyfills();
  return { pdfjs, workerHalf: WorkerMessageHandler };
}

/** The cmaps and standard fonts: given by the caller, else (in Node) the pdfjs-dist package's own folders. */
async function assetsOf(
  options: PdfReaderOptions,
): Promise<{ cMapUrl: string; standardFontDataUrl: string }> {
  if (options.cMapUrl && options.standardFontDataUrl)
    return { cMapUrl: options.cMapUrl, standardFontDataUrl: options.standardFontDataUrl };
  // A file path, not a file:// URL: pdf.js's Node reader fails on URLs. Named through a variable so that
  // browser bundlers leave Node's module alone (browsers pass both folders).
  const nodeModule = 'node:module';
  const { createRequire } = (await import(/* @vite-ignore */ nodeModule)) as typeof import('node:module');
  const root = createRequire(import.meta.url)
    .resolve('pdfjs-dist/package.json')
    .replace(/package\.json$/, '');
  return {
    cMapUrl: options.cMapUrl ?? `${root}cmaps/`,
    standardFontDataUrl: options.standardFontDataUrl ?? `${root}standard_fonts/`,
  };
}
