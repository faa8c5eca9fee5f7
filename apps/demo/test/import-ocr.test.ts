/**
 * Reading a scan by OCR in the browser, opt-in: a JPEG of page 5 of the corpus' real 淮安 PDF (rendered at
 * 150 dpi, quality 60, as a scanner saves it) gives 「这是一张图片」, then 「用文字识别（OCR）读取」 runs
 * `@gongkai/ocr` in a Web Worker with tesseract from the app's own files, shows page and cell progress,
 * stops for good on 取消, and a finished run opens a draft whose 「请核对」 list the editor walks through.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusDir, publishedDir } from '@gongkai/corpus/node';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe.js';
import { goTo, launchBrowser, openApp, waitForReport } from './support/browser.js';

let browser: Browser;
let scan: Buffer;
beforeAll(async () => {
  browser = await launchBrowser();
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-ocr-scan-'));
  execFileSync('pdftoppm', [
    ...['-r', '150', '-f', '5', '-l', '5', '-jpeg', '-jpegopt', 'quality=60', '-singlefile'],
    join(publishedDir, '01-huaian-city-gov-2024.pdf'),
    join(dir, 'page'),
  ]);
  scan = readFileSync(join(dir, 'page.jpg'));
  rmSync(dir, { recursive: true, force: true });
});
afterAll(async () => {
  await browser?.close();
});

/**
 * tesseract's LSTM-only core names, on stderr, the legacy engine's parameters that the language data
 * carry and it lacks (as it does in Node): tesseract's words, not the app's errors.
 */
const notTesseractNotice = (problem: string) =>
  !/^console\.error: Warning: Parameter not found: \w+$/.test(problem);

describe('reading a scan by OCR', () => {
  it('offers OCR for a scanned page, shows progress, cancels for good, and opens the draft to confirm', async () => {
    const { page, context, problems } = await openApp(browser, inject('baseUrl'));
    await waitForReport(page, '杏岭子乡');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await goTo(page, 'import');
    await page.setInputFiles('.drop-zone input[type="file"]', {
      name: 'huaian-2024-p5.jpg',
      mimeType: 'image/jpeg',
      buffer: scan,
    });
    await page.locator('.error-line[role="alert"]', { hasText: '这是一张图片' }).waitFor();
    // Nothing of OCR is loaded until the person asks for it.
    expect(requests.filter((u) => /ocr-(reader|worker)|\/ocr\//.test(u))).toEqual([]);
    const start = page.getByRole('button', { name: '用文字识别（OCR）读取' });
    expect(await axeViolations(page)).toEqual([]);

    // 1. Progress by page and cell, then 取消: the worker is gone and no draft is made.
    await start.click();
    await page
      .locator('.ocr-progress-text', { hasText: /第 1 \/ 1 页 · 单元格 \d+ \/ \d+/ })
      .waitFor({ timeout: 80_000 });
    expect(page.workers().some((w) => /ocr-worker/.test(w.url()))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    // The keyboard was taken on to 取消; Enter there stops the reading.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('取消');
    await page.keyboard.press('Enter');
    await page.locator('.ocr-outcome', { hasText: '已取消文字识别' }).waitFor();
    await expect.poll(() => page.workers().filter((w) => /ocr-worker/.test(w.url())).length).toBe(0);
    await expect.poll(() => page.locator('.drafts summary').textContent()).toContain('1');

    // 2. Again, to the end: the draft opens in the editor with its cells to confirm.
    await start.click();
    const heading = page.locator('gk-report-editor #ocr-heading');
    await heading.waitFor({ timeout: 120_000 });
    const listed = Number((await heading.textContent())?.match(/请核对 (\d+) 格/)?.[1]);
    expect(listed).toBeGreaterThan(0);
    expect(await page.locator('gk-report-editor .gk-ocr-banner').textContent()).toContain('未经确认的草稿');
    const findings = await page.evaluate(
      () => document.querySelector('gk-report-editor')?.unconfirmedCells.length ?? 0,
    );
    expect(findings).toBe(listed);
    // A figure of section 四 read from the scan, with its crop, is among them or placed in the report.
    const crops = await page.evaluate(
      () =>
        [...(document.querySelector('gk-report-editor')?.ocr?.toConfirm ?? [])].filter((c) =>
          c.crop?.startsWith('data:image/png;base64,'),
        ).length,
    );
    expect(crops).toBeGreaterThan(0);
    // Keyboard: the value field, Enter confirms, the count goes down, and it stays down after a reload.
    await page.locator('gk-report-editor #ocr-value').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => heading.textContent()).toBe(`请核对 ${listed - 1} 格`);
    await page.reload();
    await expect
      .poll(() => page.locator('gk-report-editor #ocr-heading').textContent(), { timeout: 20_000 })
      .toBe(`请核对 ${listed - 1} 格`);
    // tesseract's files came from the app itself, never from a CDN.
    const origin = new URL(inject('baseUrl')).origin;
    expect(
      requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')),
    ).toEqual([]);
    expect(requests.some((u) => u.endsWith('/ocr/lang/chi_sim.traineddata.gz'))).toBe(true);
    expect(problems.filter(notTesseractNotice)).toEqual([]);
    await context.close();
  });

  it('reads a scanned PDF: its pages rendered by pdf.js one at a time as the worker asks for them', async () => {
    const { page, context, problems } = await openApp(browser, inject('baseUrl'));
    await waitForReport(page, '杏岭子乡');
    await goTo(page, 'import');
    // Pages 4–5 of the same real report, printed as 100 dpi grey JPEGs: a PDF with no text layer.
    await page.setInputFiles('.drop-zone input[type="file"]', {
      name: 'scan.pdf',
      mimeType: 'application/pdf',
      buffer: readFileSync(join(corpusDir, 'derived', '01-huaian-city-gov-2024.pages-4-5.scan.pdf')),
    });
    await page.locator('.error-line[role="alert"]', { hasText: '这是扫描件' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: '用文字识别（OCR）读取' }).click();
    // Page 2 is read: the worker asked for it and the page rendered it. (This 100 dpi scan is too coarse
    // to read well, here as in Node: the figures it gets wrong are all listed 「请核对」, none silent; the
    // JPEG above is read to the end.) 取消 then stops it.
    await page
      .locator('.ocr-progress-text', { hasText: /第 2 \/ 2 页 · 单元格 \d+/ })
      .waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: '取消' }).click();
    await page.locator('.ocr-outcome', { hasText: '已取消文字识别' }).waitFor();
    await expect.poll(() => page.workers().filter((w) => /ocr-worker/.test(w.url())).length).toBe(0);
    expect(problems.filter(notTesseractNotice)).toEqual([]);
    await context.close();
  });
});
