/**
 * The browser entry's image codecs in real chromium, on a real crop the Node reader wrote for the corpus'
 * OCR draft (corpus/derived): decoded by `createImageBitmap`, encoded again by `OffscreenCanvas`.
 */
import { describe, expect, test } from 'vitest';
import { cropPngInBrowser, decodeImageInBrowser } from '../src/browser.js';
import { inkOf } from '../src/raster.js';

const crop = new URL(
  '../../../corpus/derived/01-huaian-city-gov-2024.pages-3-5.200dpi-q60.scan.crops/activeDisclosure.normativeDocuments.issued.png',
  import.meta.url,
).href;

const bytesOf = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

describe('@gongkai/ocr/browser codecs', () => {
  test('decodes a PNG page to RGBA on white, as the Node decoder does', async () => {
    const png = await bytesOf(crop);
    const raster = await decodeImageInBrowser(png);
    expect({ width: raster.width, height: raster.height }).toEqual(pngSize(png));
    expect(raster.data.length).toBe(raster.width * raster.height * 4);
    // The crop is grey: every pixel has equal channels, opaque; and it holds ink (its figure, its lines).
    let dark = 0;
    let odd = 0;
    for (let p = 0; p < raster.data.length; p += 4) {
      if (raster.data[p + 1] !== raster.data[p] || raster.data[p + 3] !== 255) odd++;
      if (raster.data[p]! < 128) dark++;
    }
    expect(odd).toBe(0);
    expect(dark).toBeGreaterThan(20);
  });

  test('a crop encoded as PNG decodes back to the same grey levels', async () => {
    const page = inkOf(await decodeImageInBrowser(await bytesOf(crop)));
    const box = { x0: 3, y0: 2, x1: page.width - 4, y1: page.height - 3 };
    const png = await cropPngInBrowser(page, box);
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const back = await decodeImageInBrowser(png);
    expect({ width: back.width, height: back.height }).toEqual({
      width: box.x1 - box.x0 + 1,
      height: box.y1 - box.y0 + 1,
    });
    const read: number[] = [];
    const written: number[] = [];
    for (let y = 0; y < back.height; y++) {
      for (let x = 0; x < back.width; x++) {
        read.push(back.data[(y * back.width + x) * 4]!);
        written.push(page.data[(box.y0 + y) * page.width + box.x0 + x]!);
      }
    }
    expect(read).toEqual(written);
  });

  test('decodes a JPEG, what most scanners save', async () => {
    const raster = await decodeImageInBrowser(await bytesOf(crop));
    const canvas = new OffscreenCanvas(raster.width, raster.height);
    canvas
      .getContext('2d')!
      .putImageData(
        new ImageData(raster.data as Uint8ClampedArray<ArrayBuffer>, raster.width, raster.height),
        0,
        0,
      );
    const jpeg = new Uint8Array(
      await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.6 })).arrayBuffer(),
    );
    expect([...jpeg.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    const decoded = await decodeImageInBrowser(jpeg);
    expect({ width: decoded.width, height: decoded.height }).toEqual({
      width: raster.width,
      height: raster.height,
    });
  });
});
