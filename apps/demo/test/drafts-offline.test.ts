/**
 * Drafts survive reloads, and once loaded the app works with the server gone: the built app served by
 * a static server of this test alone, which it then shuts down.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exportAs, goTo, launchBrowser, openApp, waitForReport } from './support/browser.js';
import { cellInput, typeIntoCell } from './support/editor.js';
import { serveStatic } from './support/static-server.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('drafts and offline use', () => {
  it('keeps every draft and every edit across reloads', async () => {
    const { page, context, problems } = await openApp(browser, inject('baseUrl'));
    await waitForReport(page, '杏岭子乡');
    const address = 'applications.newReceived.naturalPerson';
    await typeIntoCell(page, address, '12');

    await goTo(page, 'import');
    await page.selectOption('#example-select', '05-pingtan-zone-2022');
    await page.click('.examples-form button[type="submit"]');
    await page.locator('.drafts summary', { hasText: '2' }).waitFor();

    await page.reload();
    await page.locator('.drafts summary', { hasText: '2' }).waitFor();
    await page.click('.drafts summary');
    await page.locator('.draft-open', { hasText: '杏岭子乡' }).click();
    await goTo(page, 'edit');
    await waitForReport(page, '杏岭子乡');
    await expect.poll(() => cellInput(page, address).inputValue()).toBe('12');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shares the drafts list between tabs, and deletes a draft only when confirmed', async () => {
    const { page, context, problems } = await openApp(browser, inject('baseUrl'));
    await waitForReport(page, '杏岭子乡');
    const other = await context.newPage();
    await other.goto(inject('baseUrl'));
    await waitForReport(other, '杏岭子乡');

    await goTo(page, 'import');
    await page.selectOption('#example-select', '04-pingtan-zone-2021');
    await page.click('.examples-form button[type="submit"]');
    await other.locator('.drafts summary', { hasText: '2' }).waitFor();

    await other.click('.drafts summary');
    const remove = other.locator('.drafts-list li', { hasText: '平潭' }).locator('.draft-remove');
    other.once('dialog', (dialog) => void dialog.dismiss());
    await remove.click();
    await other.locator('.drafts summary', { hasText: '2' }).waitFor();
    other.once('dialog', (dialog) => void dialog.accept());
    await remove.click();
    await page.locator('.drafts summary', { hasText: '1' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('works offline once loaded, exports included', async () => {
    const server = await serveStatic(inject('distDir'), 'offline/app');
    const context = await browser.newContext({ acceptDownloads: true, serviceWorkers: 'allow' });
    const { page, problems } = await openApp(browser, server.url, { context });
    await waitForReport(page, '杏岭子乡');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await server.close();
    await page.reload();
    await waitForReport(page, '杏岭子乡');
    await goTo(page, 'export');
    const xlsx = await exportAs(page, 'xlsx');
    expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(problems).toEqual([]);
    await context.close();
  });
});
