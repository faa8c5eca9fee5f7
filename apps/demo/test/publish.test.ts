/**
 * Getting the report out: the print layout and a PDF, the standalone HTML page (which shows with no
 * script at all), the embed snippet and its live preview, and the English switch.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { entry, seedId } from '@gongkai/corpus';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exportAs, goTo, launchBrowser, openApp, waitForReport } from './support/browser.js';

const resultsDir = fileURLToPath(new URL('../test-results/', import.meta.url));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  await mkdir(resultsDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('publishing the report', () => {
  it('prints the report alone and saves it as PDF', async () => {
    const { page, context, problems } = await openApp(browser, inject('baseUrl'));
    await waitForReport(page, '杏岭子乡');
    await goTo(page, 'preview');
    await page.locator('gk-report table').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav.app-nav').isVisible()).toBe(false);
    expect(await page.locator('.preview-bar').isVisible()).toBe(false);
    expect(await page.locator('gk-report h1').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await writeFile(`${resultsDir}report.pdf`, pdf);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('exports a standalone HTML page that shows the report without JavaScript', async () => {
    const { page, context, problems } = await openApp(browser, inject('baseUrl'));
    await waitForReport(page, '杏岭子乡');
    await goTo(page, 'export');
    const file = await exportAs(page, 'html');
    const html = file.bytes.toString('utf8');
    expect(html).toContain('shadowrootmode="open"');
    await context.close();

    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const standalone = await noScript.newPage();
    await writeFile(`${resultsDir}report.html`, html);
    await standalone.goto(pathToFileURL(`${resultsDir}report.html`).href);
    await standalone.locator('gk-report h1', { hasText: '杏岭子乡' }).waitFor();
    expect(await standalone.locator('gk-report table').count()).toBe(3);
    await noScript.close();
    expect(problems).toEqual([]);
  });

  it('gives the exact embed snippet and runs it live', async () => {
    const { page, context, problems } = await openApp(browser, inject('baseUrl'), { hash: 'embed' });
    await waitForSnippet(page);
    const snippet = await page.inputValue('#embed-snippet');
    // The package is not on a public CDN: the snippet loads the files the portal hosts itself.
    expect(snippet).toMatch(
      /^<script type="module" src="\/gongkai\/gk-report\.js"><\/script>\n<gk-report lang="zh-CN">/,
    );
    expect(await page.inputValue('#embed-iframe')).toMatch(
      /^<iframe src="\/gongkai\/report-\d{4}\.html" title="政府信息公开工作年度报告"/,
    );
    const json = /<script type="application\/json">(.*)<\/script>/.exec(snippet)?.[1] ?? '';
    const report = JSON.parse(json);
    expect(report.agency.name).toBe('杏岭子乡人民政府');
    await page
      .frameLocator('iframe.embed-preview')
      .locator('gk-report h1', { hasText: '杏岭子乡' })
      .waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps hostile text inert in the snippet, the live preview and the standalone page', async () => {
    const { page, context, problems } = await openApp(browser, inject('baseUrl'));
    await waitForReport(page, '杏岭子乡');
    const probe = '</script><script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">';
    const hostile = structuredClone(entry(seedId).report);
    // The apostrophe too: the page's text must be safe in attributes quoted either way.
    hostile.agency.name = `杏岭子乡'${probe}`;
    hostile.narrative.otherMatters = probe;
    await goTo(page, 'import');
    await page.setInputFiles('.drop-zone input[type="file"]', {
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(hostile)),
    });
    await page.locator('.drafts summary', { hasText: '2' }).waitFor();

    await goTo(page, 'embed');
    await waitForSnippet(page);
    const snippet = await page.inputValue('#embed-snippet');
    const json = /<script type="application\/json">(.*)<\/script>/.exec(snippet)?.[1] ?? '';
    expect(JSON.parse(json).narrative.otherMatters).toBe(probe);
    const frame = page.frameLocator('iframe.embed-preview');
    await frame.locator('gk-report h1', { hasText: '杏岭子乡' }).waitFor();
    expect(await page.frames()[1]?.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();

    await goTo(page, 'export');
    const html = (await exportAs(page, 'html')).bytes.toString('utf8');
    await writeFile(`${resultsDir}hostile.html`, html);
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    expect(title).toContain('杏岭子乡&#39;&#60;/script&#62;');
    expect(title).not.toMatch(/['"]/);
    const viewer = await browser.newPage();
    await viewer.goto(pathToFileURL(`${resultsDir}hostile.html`).href);
    await viewer.locator('gk-report h1', { hasText: '杏岭子乡' }).waitFor();
    expect(await viewer.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    await viewer.close();
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('switches to English and remembers it', async () => {
    const { page, context, problems } = await openApp(browser, inject('baseUrl'));
    await waitForReport(page, '杏岭子乡');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    const firstDiagnostic = page.locator('.diagnostic-message').first();
    const chinese = await firstDiagnostic.textContent();
    await page.click('.lang-switch');
    await page.locator('html[lang="en"]').waitFor();
    await page.locator('nav.app-nav a', { hasText: 'Edit and check' }).waitFor();
    await page.locator('gk-report-editor h1', { hasText: 'annual report' }).waitFor();
    // The import diagnostics are read again from the source, in English.
    await expect.poll(() => firstDiagnostic.textContent()).not.toBe(chinese);
    await page.reload();
    await page.locator('nav.app-nav a', { hasText: 'Edit and check' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});

function waitForSnippet(page: import('playwright-core').Page): Promise<unknown> {
  return page.waitForFunction(() =>
    (document.querySelector<HTMLTextAreaElement>('#embed-snippet')?.value ?? '').includes('<gk-report'),
  );
}
