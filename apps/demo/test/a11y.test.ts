/** axe-core finds no violation on any screen, in Chinese and in English, with real reports loaded. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe.js';
import { goTo, launchBrowser, openApp, waitForReport } from './support/browser.js';

let browser: Browser;
let page: Page;
let problems: string[];
beforeAll(async () => {
  browser = await launchBrowser();
  ({ page, problems } = await openApp(browser, inject('baseUrl')));
  await waitForReport(page, '杏岭子乡');
});
afterAll(async () => {
  await browser?.close();
});

/** Waits for what each screen shows once it is ready, so axe sees the real page, not a spinner. */
const ready: Record<string, (page: Page) => Promise<void>> = {
  edit: (p) => p.locator('gk-report-editor table').first().waitFor(),
  import: (p) => p.locator('.source-lines li').first().waitFor(),
  preview: (p) => p.locator('gk-report table').first().waitFor(),
  compare: async (p) => {
    if (!(await p.locator('gk-report-compare').count())) await p.click('button.pair-example');
    await p.locator('gk-report-compare table').first().waitFor();
  },
  export: (p) => p.locator('.export-list button').first().waitFor(),
  embed: (p) => p.frameLocator('iframe.embed-preview').locator('gk-report table').first().waitFor(),
};

describe.each(['zh', 'en'])('accessibility (%s)', (locale) => {
  it.each(Object.keys(ready))('%s screen has no axe violations', async (view) => {
    if (locale === 'en' && (await page.evaluate(() => document.documentElement.lang)) !== 'en') {
      await page.click('.lang-switch');
      await page.locator('html[lang="en"]').waitFor();
    }
    await goTo(page, view);
    await ready[view]?.(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
