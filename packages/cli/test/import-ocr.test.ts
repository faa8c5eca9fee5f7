/** `import --ocr`, end to end on a scan made from the corpus' real PDF (the OCR package's own tests go further). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedDir } from '@gongkai/corpus/node';
import { renderPdf } from '@gongkai/ocr/node';
import { createCanvas } from '@napi-rs/canvas';
import { afterAll, describe, expect, test } from 'vitest';
import { tempDir } from './support/fixtures.js';
import { runCli } from './support/run.js';

const tmp = tempDir();
afterAll(() => tmp.remove());

/**
 * The top of page 4 of the 淮安 report (section 二's last two tables) as a township's scanner would save
 * it: a 200 dpi JPEG. A part of a page keeps this test to seconds; the OCR package tests whole pages.
 */
async function scannedPage(): Promise<string> {
  const { rasters } = await renderPdf(
    new Uint8Array(readFileSync(join(publishedDir, '01-huaian-city-gov-2024.pdf'))),
    200,
  );
  let n = 0;
  for await (const raster of rasters) {
    if (++n !== 4) continue;
    const height = Math.round(raster.height * 0.37);
    const canvas = createCanvas(raster.width, height);
    const context = canvas.getContext('2d');
    const pixels = context.createImageData(raster.width, height);
    pixels.data.set(raster.data.subarray(0, raster.width * height * 4));
    context.putImageData(pixels, 0, 0);
    const path = join(tmp.dir, 'huaian-p4.jpg');
    writeFileSync(path, canvas.toBuffer('image/jpeg', 60));
    return path;
  }
  throw new Error('the corpus PDF has no page 4');
}

describe('import --ocr', () => {
  test('writes the draft and the pictures of the cells to confirm, lists them 「请核对」 and exits 1', async () => {
    const scan = await scannedPage();
    const out = join(tmp.dir, 'drafts');
    const r = await runCli(['import', '--ocr', scan, '-o', out]);
    expect(r.code).toBe(1);
    const draft = JSON.parse(readFileSync(join(out, 'huaian-p4.ocr.json'), 'utf8'));
    expect(draft.source).toBe('ocr');
    expect(draft.report.activeDisclosure.punishment.decisions).toBe(3985758);
    // Section 二 has no sums: its figures wait for a person whatever the confidence.
    const fees = draft.toConfirm.find(
      (c: { address: string }) => c.address === 'activeDisclosure.fees.amount',
    );
    expect(fees.message).toContain('此格没有合计可核对');
    expect(existsSync(join(out, fees.crop))).toBe(true);
    expect(r.stderr).toContain(`请核对 ${draft.toConfirm.length} 个由文字识别读出的单元格`);
    expect(r.stderr).toContain('第二部分「行政事业性收费」行');
  }, 120_000);

  test('a blank page: a clear Chinese message and exit 2, no report', async () => {
    const canvas = createCanvas(620, 877);
    const context = canvas.getContext('2d');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, 620, 877);
    const blank = join(tmp.dir, 'blank.png');
    writeFileSync(blank, canvas.toBuffer('image/png'));
    const r = await runCli(['import', '--ocr', blank, '-o', tmp.dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不像是政府信息公开工作年度报告');
    expect(existsSync(join(tmp.dir, 'blank.ocr.json'))).toBe(false);
  }, 60_000);
});
