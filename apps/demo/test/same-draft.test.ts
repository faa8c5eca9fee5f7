/**
 * Importing a report whose body and year already have a draft: the app asks 「替换 / 另存为新草稿」 by
 * keyboard, keeps both unless the person chooses replace, and replace puts the import over that draft.
 */
import { entry, seedId } from '@gongkai/corpus';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe.js';
import { goTo, launchBrowser, openApp, waitForReport } from './support/browser.js';
import { cellInput, typeIntoCell } from './support/editor.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const seed = entry(seedId);
const address = 'appeals.review.upheld';

async function pasteSeed(page: Page): Promise<void> {
  await goTo(page, 'import');
  await page.fill('#paste-input', seed.source);
  await page.click('.paste-form button[type="submit"]');
  await page.locator('.import-choice').waitFor();
}

const focusedClass = (page: Page) => page.evaluate(() => document.activeElement?.className ?? '');

describe('an import of a body and year that has a draft', () => {
  it('offers 替换 / 另存为新草稿 by keyboard and loses nothing unless replace is chosen', async () => {
    const { page, context, problems } = await openApp(browser, inject('baseUrl'));
    await waitForReport(page, '杏岭子乡');
    const imported = await cellInput(page, address).inputValue();
    const typed = imported === '7' ? '8' : '7';
    await typeIntoCell(page, address, typed);

    await pasteSeed(page);
    const choice = page.locator('.import-choice');
    expect(await choice.textContent()).toContain(
      `已有${seed.report.agency.name} ${seed.report.year} 年的草稿：`,
    );
    await choice.locator('button', { hasText: '替换' }).waitFor();
    await choice.locator('button', { hasText: '另存为新草稿' }).waitFor();
    // The keyboard lands on the choice at once; nothing is added or replaced while it waits.
    expect(await focusedClass(page)).toBe('import-replace');
    expect(await page.locator('.drafts summary').textContent()).toContain('1');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    expect(await focusedClass(page)).toBe('import-new');
    await page.keyboard.press('Enter');
    await page.locator('.drafts summary', { hasText: '2' }).waitFor();
    expect(await choice.count()).toBe(0);

    // The first draft still holds what was typed in it.
    await page.click('.drafts summary');
    await page.locator('.draft-open', { hasText: '杏岭子乡' }).last().click();
    await goTo(page, 'edit');
    await expect.poll(() => cellInput(page, address).inputValue()).toBe(typed);

    // Replace, chosen by keyboard, puts the import over the open draft: no third draft, the typed figure gone.
    await pasteSeed(page);
    expect(await focusedClass(page)).toBe('import-replace');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.import-choice').count()).toBe(0);
    expect(await page.locator('.drafts summary').textContent()).toContain('2');
    await goTo(page, 'edit');
    await expect.poll(() => cellInput(page, address).inputValue()).toBe(imported);
    expect(problems).toEqual([]);
    await context.close();
  });
});
