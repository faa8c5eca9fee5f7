/** Starting from nothing: a blank report, its particulars filled in, figures typed, totals derived. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe.js';
import { editorFindings, exportAs, goTo, launchBrowser, openApp, waitForReport } from './support/browser.js';
import { cellInput, typeIntoCell } from './support/editor.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a new blank report', () => {
  it('takes the body, level and year, then figures, and derives the totals', async () => {
    const { page, context, problems } = await openApp(browser, inject('baseUrl'));
    await waitForReport(page, '杏岭子乡');
    await page.click('.drafts summary');
    await page.click('.drafts-actions button:nth-child(2)');
    await page.locator('.report-info[open] #info-name').waitFor();
    await page.locator('gk-report-editor table').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.fill('#info-name', '某某县人民政府');
    await page.selectOption('#info-level', 'county');
    // A year the schema rejects (the 条例 took effect in 2008) is not taken: the field keeps it and says why.
    await page.fill('#info-year', '2005');
    await page.locator('#info-year').blur();
    await expect
      .poll(() => page.locator('#info-year').evaluate((input: HTMLInputElement) => input.validationMessage))
      .toBe('报告年度应为 2008 至 2100 之间的整数；所填年度未采用。');
    expect(await page.locator('#info-year').inputValue()).toBe('2005');
    expect(await page.locator('gk-report-editor h1').textContent()).not.toContain('2005');
    await page.fill('#info-year', '2025');
    await page.locator('#info-year').blur();
    await waitForReport(page, '某某县人民政府');
    await page.locator('gk-report-editor h1', { hasText: '2025' }).waitFor();

    await typeIntoCell(page, 'applications.newReceived.naturalPerson', '3');
    await typeIntoCell(page, 'applications.newReceived.commercial', '1');
    for (const column of ['research', 'publicInterest', 'legalServices', 'otherOrganization']) {
      await typeIntoCell(page, `applications.newReceived.${column}`, '0');
    }
    await expect.poll(() => cellInput(page, 'applications.newReceived.total').inputValue()).toBe('4');
    expect((await editorFindings(page)).length).toBeGreaterThan(0);

    await goTo(page, 'export');
    const json = JSON.parse((await exportAs(page, 'json')).bytes.toString('utf8'));
    expect(json.agency).toEqual({ name: '某某县人民政府', level: 'county' });
    expect(json.year).toBe(2025);
    expect(json.applications.newReceived.total).toBe(4);
    expect(problems).toEqual([]);
    await context.close();
  });
});
