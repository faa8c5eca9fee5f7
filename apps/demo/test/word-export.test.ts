/**
 * 「下载 Word」: the export screen offers the report as a Word file in the official template's layout,
 * loaded on demand (the docx code is no part of the first chunk), plus printing explained in plain words.
 */
import { entry, seedId } from '@gongkai/corpus';
import { computeTotals, importReport } from '@gongkai/engine';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exportAs, goTo, launchBrowser, openApp, waitForReport } from './support/browser.js';

/** A string only the docx library holds (the repeat-header-row flag it writes). */
const DOCX_MARKER = 'w:tblHeader';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('下载 Word', () => {
  it('downloads the published report as .docx, loading its code only then, and it reads back', async () => {
    const { page, context, problems } = await openApp(browser, inject('baseUrl'));
    const scripts: { url: string; body: Promise<string> }[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('.js')) scripts.push({ url: response.url(), body: response.text() });
    });
    await waitForReport(page, '杏岭子乡');
    await goTo(page, 'export');
    const loaded = scripts.length;
    const early = await Promise.all(scripts.map((s) => s.body));
    expect(early.some((body) => body.includes(DOCX_MARKER))).toBe(false);

    const button = page.locator('button[data-format="docx"]');
    expect(await button.textContent()).toContain('下载 Word');
    const file = await exportAs(page, 'docx');
    expect(file.name).toBe('杏岭子乡人民政府-2024.docx');
    expect(file.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const late = await Promise.all(scripts.slice(loaded).map((s) => s.body));
    expect(late.some((body) => body.includes(DOCX_MARKER))).toBe(true);

    const back = await importReport(new Uint8Array(file.bytes));
    expect(back.kind).toBe('docx');
    expect(back.report).toEqual(computeTotals(entry(seedId).report).report);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('explains printing and saving as PDF in plain words, on the export and preview screens', async () => {
    const { page, context, problems } = await openApp(browser, inject('baseUrl'));
    await waitForReport(page, '杏岭子乡');
    await goTo(page, 'export');
    const help = page.locator('main .print-help');
    await help.locator('summary').click();
    const text = (await help.textContent()) ?? '';
    expect(text).toContain('另存为 PDF');
    expect(text).toContain('A4');
    expect(text).toContain('Ctrl+P');
    await goTo(page, 'preview');
    expect(await page.locator('main .print-help summary').textContent()).toContain('保存为 PDF');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('main .print-help').isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('section 四 fits the editor and the preview at 1366 px, and a narrower column shows it scrolls', async () => {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      locale: 'zh-CN',
      serviceWorkers: 'block',
    });
    const { page, problems } = await openApp(browser, inject('baseUrl'), { context });
    await waitForReport(page, '杏岭子乡');
    const fits = (tag: string) =>
      page.evaluate((selector) => {
        const root = document.querySelector(selector)?.shadowRoot;
        const box = root?.querySelector('table[data-table="appeals"]')?.closest('.gk-scroll') as HTMLElement;
        const cue = getComputedStyle(root?.querySelector('#caption-appeals') as Element, '::after').content;
        return { overflow: box.scrollWidth - box.clientWidth, cue };
      }, tag);
    await goTo(page, 'edit');
    expect(await fits('gk-report-editor')).toEqual({ overflow: 0, cue: 'none' });
    await goTo(page, 'preview');
    await page.locator('gk-report table').first().waitFor();
    expect(await fits('gk-report')).toEqual({ overflow: 0, cue: 'none' });
    // A portal column narrower than the table (but wide enough for the table layout, not the stacked one).
    await page.evaluate(() => {
      (document.querySelector('gk-report') as HTMLElement).style.width = '640px';
    });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const narrow = await fits('gk-report');
    expect(narrow.overflow).toBeGreaterThan(0);
    expect(narrow.cue).toContain('表格较宽');
    expect(problems).toEqual([]);
    await context.close();
  });
});
