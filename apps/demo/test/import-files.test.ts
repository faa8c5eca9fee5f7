/**
 * Importing by file, each kind the importers read: the official Word template, a portal's HTML page, an
 * Excel workbook the app exported (read back to the same cells); and input that holds no report.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { publishedDir } from '@gongkai/corpus/node';
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

/** Drops a file on the import screen's file input and waits for the new draft. */
async function importFile(
  page: Page,
  name: string,
  buffer: Buffer,
  draftsAfter: number,
  sameBodyAndYear = false,
): Promise<void> {
  await goTo(page, 'import');
  await page.setInputFiles('.drop-zone input[type="file"]', {
    name,
    mimeType: 'application/octet-stream',
    buffer,
  });
  // A draft of that body and year is open already: keep both.
  if (sameBodyAndYear) await page.click('.import-choice .import-new');
  await page.locator('.drafts summary', { hasText: String(draftsAfter) }).waitFor();
}

describe('importing files', () => {
  it('reads the official Word template, a portal page and an exported workbook', async () => {
    const { page, context, problems } = await openApp(browser, inject('baseUrl'));
    await waitForReport(page, '杏岭子乡');

    // The blank official template: every table, every cell blank, ready to fill.
    await importFile(
      page,
      'official-template-2021-blank.docx',
      await readFile(join(publishedDir, 'official-template-2021-blank.docx')),
      2,
    );
    await page.locator('.source p', { hasText: 'official-template-2021-blank.docx' }).waitFor();
    await goTo(page, 'edit');
    expect(await page.locator('gk-report-editor table').count()).toBe(3);

    // A whole portal page as saved from the browser.
    const html = await readFile(join(publishedDir, 'html', 'shuyang-drc-2023.html'));
    await importFile(page, 'shuyang-drc-2023.html', html, 3);
    await goTo(page, 'edit');
    await waitForReport(page, '2023');

    // The workbook exported from the seed report reads back to the same report's cells.
    await page.click('.drafts summary');
    await page.locator('.draft-open', { hasText: '杏岭子乡' }).click();
    await goTo(page, 'export');
    const json = JSON.parse((await exportAs(page, 'json')).bytes.toString('utf8'));
    const xlsx = await exportAs(page, 'xlsx');
    await importFile(page, xlsx.name, xlsx.bytes, 4, true);
    await goTo(page, 'export');
    const fromXlsx = JSON.parse((await exportAs(page, 'json')).bytes.toString('utf8'));
    for (const table of ['activeDisclosure', 'applications', 'appeals'])
      expect(fromXlsx[table]).toEqual(json[table]);
    expect(fromXlsx.year).toBe(json.year);
    expect(fromXlsx.agency.name).toBe(json.agency.name);

    expect(problems).toEqual([]);
    await context.close();
  });

  it('imports a file dropped on the drop zone', async () => {
    const { page, context, problems } = await openApp(browser, inject('baseUrl'), { hash: 'import' });
    await page.locator('.source h3', { hasText: 'xinglingzi' }).waitFor();
    const text = await readFile(join(publishedDir, '04-pingtan-zone-2021.txt'), 'utf8');
    const dataTransfer = await page.evaluateHandle((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], '04-pingtan-zone-2021.txt', { type: 'text/plain' }));
      return transfer;
    }, text);
    await page.dispatchEvent('.drop-zone', 'dragover', { dataTransfer });
    await page.dispatchEvent('.drop-zone', 'drop', { dataTransfer });
    await page.locator('.drafts summary', { hasText: '2' }).waitFor();
    await page.locator('.source h3', { hasText: '04-pingtan-zone-2021.txt' }).waitFor();
    expect(await page.locator('.source-lines > li').count()).toBe(text.split(/\r\n|\r|\n/).length);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('imports a pasted web page with its table structure', async () => {
    const { page, context, problems } = await openApp(browser, inject('baseUrl'), { hash: 'import' });
    await page.locator('.source h3', { hasText: 'xinglingzi' }).waitFor();
    const html = await readFile(join(publishedDir, 'html', 'shuyang-drc-2023.html'), 'utf8');
    const text = '沭阳县发展和改革局2023年政府信息公开工作年度报告（纯文本）';
    // What the clipboard holds after copying from a portal page: the page's HTML and its plain text.
    await page.locator('#paste-input').evaluate(
      (area, { html, text }) => {
        const clipboardData = new DataTransfer();
        clipboardData.setData('text/html', html);
        clipboardData.setData('text/plain', text);
        area.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
      },
      { html, text },
    );
    await page.locator('#paste-kind', { hasText: '表格' }).waitFor();
    await page.fill('#paste-input', text);
    await page.click('.paste-form button[type="submit"]');
    await page.locator('.drafts summary', { hasText: '2' }).waitFor();
    await page.locator('.source .hint', { hasText: '识别为：网页' }).waitFor();
    await goTo(page, 'edit');
    await waitForReport(page, '2023');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('makes no draft of input that holds no report, and says why', async () => {
    const { page, context, problems } = await openApp(browser, inject('baseUrl'));
    await waitForReport(page, '杏岭子乡');
    await goTo(page, 'import');
    await page.setInputFiles('.drop-zone input[type="file"]', {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"year": "last year"'),
    });
    await page.locator('.error-line[role="alert"]', { hasText: 'JSON' }).waitFor();
    await expect.poll(() => page.locator('.drafts summary').textContent()).toContain('1');
    expect(problems).toEqual([]);
    await context.close();
  });
});
