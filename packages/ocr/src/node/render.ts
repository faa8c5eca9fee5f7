import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type Raster, rgbaOf } from '../raster.js';

const require = createRequire(import.meta.url);

/** pdf.js's folders of CMaps and standard fonts: filesystem paths (a `file://` URL fails in Node). */
function pdfjsData() {
  const root = dirname(require.resolve('pdfjs-dist/package.json'));
  return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' };
}

/** Whether the bytes are a PDF. */
export const isPdf = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;

/**
 * The pages of a PDF rendered at `dpi` (pdf.js's legacy build, the one that runs in Node, drawing on
 * @napi-rs/canvas), one at a time so that a long scan never holds every page in memory.
 */
export async function renderPdf(
  bytes: Uint8Array,
  dpi: number,
): Promise<{ pages: number; rasters: AsyncIterable<Raster> }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const { createCanvas } = await import('@napi-rs/canvas');
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const doc = await pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    cMapPacked: true,
    ...pdfjsData(),
  }).promise;
  async function* rasters(): AsyncIterable<Raster> {
    try {
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n);
        const viewport = page.getViewport({ scale: dpi / 72 });
        const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
        const context = canvas.getContext('2d');
        context.fillStyle = '#fff';
        context.fillRect(0, 0, canvas.width, canvas.height);
        await page.render({ canvasContext: context as never, viewport, canvas: canvas as never }).promise;
        const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
        page.cleanup();
        yield { data, width, height };
      }
    } finally {
      await doc.destroy();
    }
  }
  return { pages: doc.numPages, rasters: rasters() };
}

/** A JPEG or PNG picture of a page, decoded. */
export async function decodeImage(bytes: Uint8Array): Promise<Raster> {
  const { createCanvas, loadImage } = await import('@napi-rs/canvas');
  const image = await loadImage(Buffer.from(bytes));
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, image.width, image.height);
  context.drawImage(image, 0, 0);
  const { data, width, height } = context.getImageData(0, 0, image.width, image.height);
  return { data, width, height };
}

/** A crop of a straightened page as PNG, for the person who confirms the figure. */
export async function cropPng(
  image: { width: number; height: number; data: Uint8Array },
  box: { x0: number; y0: number; x1: number; y1: number },
): Promise<Uint8Array> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const rgba = rgbaOf(image, box);
  const canvas = createCanvas(rgba.width, rgba.height);
  const context = canvas.getContext('2d');
  const pixels = context.createImageData(rgba.width, rgba.height);
  pixels.data.set(rgba.data);
  context.putImageData(pixels, 0, 0);
  return canvas.toBuffer('image/png');
}
