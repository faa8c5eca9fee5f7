/**
 * Importing a PDF in the browser: pdf.js runs in its worker, the cmaps come from the app's static files,
 * and the reader is a lazy chunk loaded when the PDF arrives. A scan makes no draft and says why.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { entry } from '@gongkai/corpus';
import { corpusDir, publishedDir } from '@gongkai/corpus/node';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exportAs, goTo, launchBrowser, openApp, waitForReport } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function choose(page: Page, name: string, buffer: Buffer): Promise<void> {
  await goTo(page, 'import');
  await page.setInputFiles('.drop-zone input[type="file"]', { name, mimeType: 'application/pdf', buffer });
}

describe('importing a PDF', () => {
  it('reads the 淮安 PDF to every cell of its expected file, loading pdf.js only then', async () => {
    const { page, context, problems } = await openApp(browser, inject('baseUrl'));
    await waitForReport(page, '杏岭子乡');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    const before = requests.length;
    await choose(
      page,
      '01-huaian-city-gov-2024.pdf',
      await readFile(join(publishedDir, '01-huaian-city-gov-2024.pdf')),
    );
    await page.locator('.drafts summary', { hasText: '2' }).waitFor({ timeout: 60_000 });
    await goTo(page, 'edit');
    await waitForReport(page, '淮安市人民政府');
    await goTo(page, 'export');
    const json = JSON.parse((await exportAs(page, 'json')).bytes.toString('utf8'));
    const expected = entry('01-huaian-city-gov-2024').expected.cells;
    const got: Record<string, unknown> = {};
    for (const address of Object.keys(expected)) {
      got[address] = address
        .split('.')
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], json);
    }
    expect(got).toEqual(expected);
    // pdf.js and its worker came after the PDF did, from chunks of their own.
    const loaded = requests.slice(before);
    expect(loaded.some((p) => /pdf\.worker\.min-[\w-]+\.js$/.test(p))).toBe(true);
    expect(loaded.some((p) => /pdf-reader-[\w-]+\.js$/.test(p))).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('makes no draft of a scan, and says it is one', async () => {
    const { page, context, problems } = await openApp(browser, inject('baseUrl'));
    await waitForReport(page, '杏岭子乡');
    const scan = await readFile(join(corpusDir, 'derived', '01-huaian-city-gov-2024.pages-4-5.scan.pdf'));
    await choose(page, 'scan.pdf', scan);
    await page
      .locator('.error-line[role="alert"]', { hasText: '这是扫描件，没有文字层' })
      .waitFor({ timeout: 60_000 });
    await expect.poll(() => page.locator('.drafts summary').textContent()).toContain('1');
    expect(problems).toEqual([]);
    await context.close();
  });
});
