/**
 * A clerk's start: the three ways to begin this year's report on the first screen, a report begun from
 * last year's (a corpus report), and text typed in a cell that survives a reload exactly.
 */
import { join } from 'node:path';
import { entry } from '@gongkai/corpus';
import { reportsDir } from '@gongkai/corpus/node';
import { getCell } from '@gongkai/schema';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe.js';
import { editorFindings, launchBrowser, openApp, waitForReport } from './support/browser.js';
import { applicantColumns, cellInput } from './support/editor.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const last = entry('xinglingzi-township-2024').report;

describe('the first screen', () => {
  it('offers the three starts and the real example, and a new report starts without findings about blanks', async () => {
    const { page, context, problems } = await openApp(browser, inject('baseUrl'), { start: true });
    const start = page.locator('main.view-start');
    await start.waitFor();
    for (const name of ['新建本年报告', '以上年报告为底稿', '导入已有报告'])
      await start.locator('h3', { hasText: name }).waitFor();
    await start.locator('[data-start="example"]', { hasText: '杏岭子乡' }).waitFor();
    expect(await page.locator('gk-report-editor').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(await start.locator('[data-start="import"]').getAttribute('href')).toBe('#import');

    await start.locator('[data-start="new"]').click();
    await page.locator('main.view-edit gk-report-editor table').first().waitFor();
    const progress = page.locator('gk-report-editor [part="progress"]');
    await expect.poll(() => progress.textContent()).toMatch(/已填写 0 \/ \d+/);
    // Nothing imported, nothing typed: no import diagnostics, no blank-cell findings yet.
    expect(await page.locator('.diagnostics').count()).toBe(0);
    expect((await editorFindings(page)).filter((f) => f.rule === 'cell.blank')).toEqual([]);
    await page.locator('.drafts summary').click();
    await page.locator('.draft-origin', { hasText: '新建' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('begins 2025 from a corpus report of 2024: year, 上年结转 per column, blanks, years to review, year-mismatch', async () => {
    const { page, context, problems } = await openApp(browser, inject('baseUrl'), { start: true });
    await page.locator('#roll-file').setInputFiles(join(reportsDir, 'xinglingzi-township-2024.json'));
    await waitForReport(page, '2025');
    const value = (address: string) => cellInput(page, address).inputValue();
    for (const column of applicantColumns) {
      const carried = getCell(last, `applications.carriedForward.${column}`);
      expect(await value(`applications.carriedOver.${column}`), column).toBe(
        carried === null ? '' : String(carried),
      );
    }
    expect(await value('applications.newReceived.naturalPerson')).toBe('');
    expect(await value('activeDisclosure.regulations.inForce')).toBe('');
    const review = page.locator('section.review');
    await review.locator('.review-chain').first().waitFor();
    expect(await review.locator('mark', { hasText: '2024 年 1 月 1 日' }).count()).toBe(1);
    // Where the clerk works: the chain's start beside the cell, the dates to review under the text area.
    const inForce = 'activeDisclosure.regulations.inForce';
    const start = getCell(last, inForce);
    const cellNote = page.locator(`gk-report-editor [id="cellnote-${inForce}"]`);
    expect(await cellNote.textContent()).toContain(`上年为 ${start === null ? '空白' : start}`);
    expect(await cellInput(page, inForce).getAttribute('aria-describedby')).toContain(`cellnote-${inForce}`);
    const textNote = page.locator('gk-report-editor .gk-text-note', { hasText: '2024 年 1 月 1 日' });
    expect(await textNote.count()).toBe(1);
    const area = page.locator(
      `gk-report-editor textarea[aria-describedby="${await textNote.getAttribute('id')}"]`,
    );
    expect(await area.inputValue()).toContain('2024 年 1 月 1 日');
    // Once the date names this year, it leaves the note.
    const text = await area.inputValue();
    await area.fill(text.replaceAll('2024 年 1 月 1 日', '2025 年 1 月 1 日'));
    await area.blur();
    await expect.poll(() => textNote.count()).toBe(0);
    await expect
      .poll(
        async () => (await editorFindings(page)).filter((f) => f.rule === 'narrative.year-mismatch').length,
      )
      .toBeGreaterThan(0);
    // Last year's report sits beside it for the cross-year checks.
    expect(
      (await editorFindings(page)).some((f) => f.rule === 'cross-year.carry-over' && f.severity === 'error'),
    ).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says how many pasted cells fell beyond the table: 「已粘贴 N 格，超出表格的 M 格未粘贴」', async () => {
    const { page, context, problems } = await openApp(browser, inject('baseUrl'));
    await waitForReport(page, '杏岭子乡');
    // 四 has 15 cells in one row from 维持 on (review 5, lawsuits 10): 20 values leave 5 over.
    await cellInput(page, 'appeals.review.upheld').evaluate((input) => {
      input.focus();
      const data = new DataTransfer();
      data.setData('text/plain', `${Array.from({ length: 20 }, (_, i) => i + 1).join('\t')}\n`);
      input.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, composed: true, cancelable: true }),
      );
    });
    const status = page.locator('gk-report-editor p.gk-status');
    await expect.poll(() => status.textContent()).toBe('已粘贴 15 格，超出表格的 5 格未粘贴。');
    expect(await cellInput(page, 'appeals.review.upheld').inputValue()).toBe('1');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps text that is not a number exactly as typed across a reload, flagged once', async () => {
    const { page, context, problems } = await openApp(browser, inject('baseUrl'));
    await waitForReport(page, '杏岭子乡');
    const address = 'appeals.review.upheld';
    await cellInput(page, address).fill('五');
    await cellInput(page, address).blur();
    await page.reload();
    await waitForReport(page, '杏岭子乡');
    expect(await cellInput(page, address).inputValue()).toBe('五');
    const here = (await editorFindings(page)).filter((f) => f.path === address && f.rule.startsWith('cell.'));
    expect(here.map((f) => f.rule)).toEqual(['cell.invalid']);
    expect(problems).toEqual([]);
    await context.close();
  });
});
