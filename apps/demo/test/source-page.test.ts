/**
 * 「原件第 N 页」: a report imported from a PDF shows, beside its findings, the page of the original that
 * prints the chosen cell, drawn by pdf.js with the figure outlined where the reader found it; the bytes
 * live in IndexedDB, so the page is still there after a reload, and a refusal to keep them is said.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { derivedDir, publishedDir } from '@gongkai/corpus/node';
import { importPdf, type PdfBox } from '@gongkai/engine/pdf';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe.js';
import { goTo, launchBrowser, openApp, waitForReport } from './support/browser.js';
import { cellInput, typeIntoCell } from './support/editor.js';

const FILE = '01-huaian-city-gov-2024.pdf';
const CELL = 'applications.granted.naturalPerson';
let browser: Browser;
let bytes: Buffer;
let sources: Record<string, PdfBox>;
/** Width in points of each page, read in Node by pdf.js itself: the scale the page is drawn at. */
const pageWidths = new Map<number, number>();

beforeAll(async () => {
  browser = await launchBrowser();
  bytes = await readFile(join(publishedDir, FILE));
  sources = (await importPdf(new Uint8Array(bytes))).sources;
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  for (let n = 1; n <= doc.numPages; n++)
    pageWidths.set(n, (await doc.getPage(n)).getViewport({ scale: 1 }).width);
  await doc.destroy();
});
afterAll(async () => {
  await browser?.close();
});

async function importTheHuaianPdf(page: Page, file = FILE, buffer = bytes): Promise<void> {
  await waitForReport(page, '杏岭子乡');
  await goTo(page, 'import');
  await page.setInputFiles('.drop-zone input[type="file"]', {
    name: file,
    mimeType: 'application/pdf',
    buffer,
  });
  await page.locator('.drafts summary', { hasText: '2' }).waitFor({ timeout: 60_000 });
  await goTo(page, 'edit');
  await waitForReport(page, '淮安市人民政府');
}

/** The drawn page as seen: the mark's box on the canvas, and how many inked (not white) pixels lie under it. */
async function shownPage(page: Page) {
  const panel = page.locator('.source-page');
  await panel.locator('.source-page-mark:not([hidden])').waitFor({ timeout: 30_000 });
  return page.evaluate(() => {
    const canvas = document.querySelector('.source-page canvas') as HTMLCanvasElement;
    const mark = document.querySelector('.source-page-mark') as HTMLElement;
    const c = canvas.getBoundingClientRect();
    const k = mark.getBoundingClientRect();
    const density = canvas.width / c.width;
    const dark = (x: number, y: number, w: number, h: number) => {
      const data = canvas.getContext('2d')?.getImageData(x, y, Math.max(1, w), Math.max(1, h)).data ?? [];
      let n = 0;
      for (let i = 0; i < data.length; i += 4)
        if ((data[i] ?? 255) + (data[i + 1] ?? 255) + (data[i + 2] ?? 255) < 720) n++;
      return n;
    };
    return {
      heading: document.querySelector('#source-page-heading')?.textContent?.trim(),
      label: canvas.getAttribute('aria-label'),
      cssWidth: c.width,
      mark: { x: k.left - c.left, y: k.top - c.top, width: k.width, height: k.height },
      darkInMark: dark(
        Math.round((k.left - c.left) * density),
        Math.round((k.top - c.top) * density),
        Math.round(k.width * density),
        Math.round(k.height * density),
      ),
      darkOnPage: dark(0, 0, canvas.width, canvas.height),
      inView: (() => {
        const s = (document.querySelector('.source-page-scroll') as HTMLElement).getBoundingClientRect();
        return k.top >= s.top && k.bottom <= s.bottom;
      })(),
    };
  });
}

/** The page is drawn, and the outline sits on the source box of `address` (4 pt of margin round it). */
async function expectMarked(page: Page, address: string): Promise<void> {
  const box = sources[address] as PdfBox;
  expect(box).toBeDefined();
  const shown = await shownPage(page);
  expect(shown.heading).toBe(`原件第 ${box.page} 页`);
  expect(shown.label).toMatch(new RegExp(`^第 ${box.page} 页，「.+」所在位置$`));
  const scale = shown.cssWidth / (pageWidths.get(box.page) as number);
  expect(shown.mark.x / scale).toBeCloseTo(box.x - 4, 0);
  expect(shown.mark.y / scale).toBeCloseTo(box.y - 4, 0);
  expect(shown.mark.width / scale).toBeCloseTo(box.width + 8, 0);
  expect(shown.mark.height / scale).toBeCloseTo(box.height + 8, 0);
  // pdf.js drew the page, and the printed figure is inside the outline.
  expect(shown.darkOnPage).toBeGreaterThan(1000);
  expect(shown.darkInMark).toBeGreaterThan(2);
  expect(shown.inView).toBe(true);
}

describe('原件第 N 页', () => {
  it('shows the page of a chosen cell or finding with its figure outlined, and again after a reload', async () => {
    const { page, context, problems } = await openApp(browser, inject('baseUrl'));
    const scripts: string[] = [];
    page.on('request', (r) => scripts.push(new URL(r.url()).pathname));
    await importTheHuaianPdf(page);
    await expect.poll(() => page.locator('.source-page-hint').count()).toBe(1);
    // The page's renderer is no part of the app until a page is shown.
    expect(scripts.some((p) => /page-render-[\w-]+\.js$/.test(p))).toBe(false);

    await cellInput(page, CELL).focus();
    await expectMarked(page, CELL);
    expect(scripts.some((p) => /page-render-[\w-]+\.js$/.test(p))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.locator('.source-page canvas').getAttribute('aria-label')).toContain(
      '（一）予以公开·自然人',
    );
    // Twice the panel's width for figures too small to read; the outline follows.
    await page.click('.source-page-zoom');
    await expect
      .poll(() => page.locator('.source-page canvas').evaluate((c) => c.getBoundingClientRect().width))
      .toBeGreaterThan(600);
    await expectMarked(page, CELL);
    await page.click('.source-page-zoom');

    // Closed, the page stays closed while the clerk moves through cells; a finding opens it again.
    await page.click('.source-page-close');
    await cellInput(page, 'applications.newReceived.commercial').focus();
    expect(await page.locator('.source-page').count()).toBe(0);
    await typeIntoCell(page, 'applications.newReceived.naturalPerson', '99999');
    const finding = page.locator('gk-findings a[part="link"]').first();
    await finding.waitFor();
    const path = await page.evaluate(
      () => document.querySelector('gk-report-editor')?.currentFindings[0]?.path,
    );
    await finding.click();
    await expect.poll(() => page.locator('.source-page').getAttribute('data-path')).toBe(path);
    await expectMarked(page, path as string);

    await page.reload();
    await waitForReport(page, '淮安市人民政府');
    await cellInput(page, 'applications.newReceived.research').focus();
    await expectMarked(page, 'applications.newReceived.research');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a page the reader had to turn (its /Rotate set it sideways) as the reader read it', async () => {
    const { page, context, problems } = await openApp(browser, inject('baseUrl'));
    const turned = await readFile(join(derivedDir, '01-huaian-city-gov-2024.turned.pdf'));
    const box = (await importPdf(new Uint8Array(turned))).sources[CELL] as PdfBox;
    // Page 4 carries /Rotate 90: shown as it says, its text would run down a landscape sheet.
    expect(box.turn).toBe(270);
    await importTheHuaianPdf(page, '01-huaian-city-gov-2024.turned.pdf', turned);
    await cellInput(page, CELL).focus();
    const shown = await shownPage(page);
    expect(shown.heading).toBe(`原件第 ${box.page} 页`);
    // Drawn upright (portrait, as the reader turned it), with the printed figure inside the outline.
    const size = await page.locator('.source-page canvas').evaluate((c) => ({
      width: c.getBoundingClientRect().width,
      height: c.getBoundingClientRect().height,
    }));
    expect(size.height).toBeGreaterThan(size.width);
    const scale = shown.cssWidth / (pageWidths.get(box.page) as number);
    expect(shown.mark.x / scale).toBeCloseTo(box.x - 4, 0);
    expect(shown.mark.y / scale).toBeCloseTo(box.y - 4, 0);
    expect(shown.darkInMark).toBeGreaterThan(2);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('links a diagnostic located on a page to that page', async () => {
    const { page, context, problems } = await openApp(browser, inject('baseUrl'));
    await importTheHuaianPdf(page);
    await goTo(page, 'import');
    const link = page.locator('.diagnostics .source-link').first();
    expect(await link.textContent()).toMatch(/^查看原件第 \d+ 页$/);
    await link.click();
    await page.locator('main.view-edit .source-page canvas').waitFor();
    await page.locator('.source-page-mark:not([hidden])').waitFor({ timeout: 30_000 });
    expect(await page.locator('.source-page canvas').getAttribute('aria-label')).toContain('诊断所指位置');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the draft when the browser refuses the PDF, and says the page cannot be shown', async () => {
    const context = await browser.newContext({
      locale: 'zh-CN',
      serviceWorkers: 'block',
      viewport: { width: 1440, height: 1000 },
    });
    // A full disk: IndexedDB refuses every write, as it does over quota.
    await context.addInitScript(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('quota', 'QuotaExceededError');
      };
    });
    const { page, problems } = await openApp(browser, inject('baseUrl'), { context });
    await importTheHuaianPdf(page);
    await page.locator('.source-page-lost', { hasText: '原件未能保存，无法显示原件页面' }).waitFor();
    await cellInput(page, CELL).focus();
    expect(await page.locator('.source-page canvas').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
