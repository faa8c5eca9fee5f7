/**
 * The full sweep the issue asks for: the whole 淮安 report (6 pages, 200 figures) scanned every way in
 * test/scans.ts, read, and compared with the corpus' expected cells. Per variant: figures right before
 * confirmation, wrong, silent errors (wrong and not listed 「请核对」), cells to confirm, seconds per
 * report, and the ratio of reading time to a baseline measured in the same run: decoding the same images
 * (what any reader of the scan pays before OCR). Run with `pnpm --filter @gongkai/ocr bench`.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { decodeImage, languagePaths, type Raster, Recognizer, readScanPages } from '../src/node.js';
import { huaianExpected, scanPages, VARIANTS } from '../test/scans.js';
import { score } from '../test/score.js';

let recognizer: Recognizer;
beforeAll(async () => {
  recognizer = await Recognizer.create(languagePaths());
}, 120_000);
afterAll(() => recognizer?.close());

const rows: string[] = [];

for (const variant of VARIANTS) {
  test(variant.name, async () => {
    const images = await scanPages(variant, [1, 2, 3, 4, 5, 6]);
    const decodeStart = performance.now();
    const rasters: Raster[] = [];
    for (const image of images) rasters.push(await decodeImage(image.bytes));
    const decodeMs = performance.now() - decodeStart;
    const start = performance.now();
    const draft = await readScanPages(rasters, rasters.length, recognizer);
    const readMs = performance.now() - start;
    const s = score(draft, huaianExpected());
    rows.push(
      `| ${variant.name} | ${s.right}/${s.expected} (${((100 * s.right) / s.expected).toFixed(1)}%) | ${s.wrong} | ${s.silent} | ${s.onlyUnchecked} | ${s.toConfirm} | ${(readMs / 1000).toFixed(1)} s | ${(readMs / decodeMs).toFixed(0)}× |`,
    );
    if (s.wrongCells.length > 0) rows.push(`|  ↳ wrong: ${s.wrongCells.join('; ')} | | | | | | | |`);
    expect(s.expected).toBe(200);
  }, 600_000);
}

afterAll(() => {
  process.stdout.write(
    [
      '',
      '| variant | right before confirmation | wrong | silent | wrong, listed only as unchecked | 请核对 | read time (6 pages) | read ÷ image decoding |',
      '|---|---|---|---|---|---|---|---|',
      ...rows,
      '',
    ].join('\n'),
  );
});
