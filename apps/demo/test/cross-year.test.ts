/**
 * Two years of one body (平潭综合实验区 2021 → 2022): the comparison shows every cell's change and the
 * big ones, the cross-year checks run, and breaking the carry-over is caught at once.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { editorFindings, goTo, launchBrowser, openApp, waitForReport } from './support/browser.js';
import { cellInput, typeIntoCell } from './support/editor.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('last year’s report', () => {
  it('loads two consecutive years, compares them and runs the cross-year checks', async () => {
    const { page, context, problems } = await openApp(browser, inject('baseUrl'));
    await waitForReport(page, '杏岭子乡');
    await goTo(page, 'compare');
    await page.click('button.pair-example');

    await page.locator('.previous-status strong', { hasText: '2021' }).waitFor();
    const compare = page.locator('gk-report-compare');
    await compare.locator('table').first().waitFor();
    // Each cell carries last year's figure; the big changes are highlighted.
    expect(await compare.locator('td.gk-big').count()).toBeGreaterThan(0);
    // The two years agree (the corpus checked it by hand): the cross-year checks report no problem.
    const crossYear = page.locator('gk-findings.cross-year-findings');
    await crossYear.getByText('跨年核对未发现问题').waitFor();

    // Change this year's carried-over figure: the carry-over from last year no longer holds.
    await goTo(page, 'edit');
    await waitForReport(page, '平潭');
    const address = 'applications.carriedOver.naturalPerson';
    const before = Number(await cellInput(page, address).inputValue());
    await typeIntoCell(page, address, String(before + 7));
    await expect
      .poll(async () =>
        (await editorFindings(page)).filter((f) => f.rule === 'cross-year.carry-over').map((f) => f.severity),
      )
      .toContain('error');

    await goTo(page, 'compare');
    await expect
      .poll(() =>
        crossYear.evaluate((el) =>
          [...(el as HTMLElement & { findings: { rule: string }[] }).findings].map((f) => f.rule),
        ),
      )
      .toContain('cross-year.carry-over');
    // A finding's link opens its cell in the editor.
    await crossYear.locator('a').first().click();
    await page.locator('main.view-edit').waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.id))
      .toBe(`input-${address}`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('loads last year’s report from the corpus for the report being edited', async () => {
    const { page, context, problems } = await openApp(browser, inject('baseUrl'));
    await waitForReport(page, '杏岭子乡');
    await goTo(page, 'compare');
    await page.selectOption('#previous-select', '09-shuyang-county-drc-2023');
    await page.click('.inline-form button[type="submit"]');
    await page.locator('.previous-status strong', { hasText: '2023' }).waitFor();
    await page.locator('gk-report-compare table').first().waitFor();
    // The seed's section 三 starts blank, so the carry-over cannot be checked, and says so.
    await goTo(page, 'edit');
    await expect
      .poll(async () => (await editorFindings(page)).some((f) => f.rule.startsWith('cross-year.')))
      .toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('takes another draft as last year’s report', async () => {
    const { page, context, problems } = await openApp(browser, inject('baseUrl'));
    await waitForReport(page, '杏岭子乡');
    await goTo(page, 'import');
    await page.selectOption('#example-select', '04-pingtan-zone-2021');
    await page.click('.examples-form button[type="submit"]');
    await page.locator('.drafts summary', { hasText: '2' }).waitFor();
    await page.selectOption('#example-select', '05-pingtan-zone-2022');
    await page.click('.examples-form button[type="submit"]');
    await page.locator('.drafts summary', { hasText: '3' }).waitFor();

    await goTo(page, 'compare');
    await page.selectOption('#previous-draft', { label: '平潭综合实验区 2021' });
    await page.click('form:has(#previous-draft) button[type="submit"]');
    await page.locator('.previous-status strong', { hasText: '2021' }).waitFor();
    await page.locator('gk-report-compare td.gk-big').first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
