/**
 * The journey of the issue: paste the seed report → see the missing rows → fill them → totals derive →
 * no errors → export → re-import gives the same report. Also keeps a screenshot of the main screen.
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { entry, seedId } from '@gongkai/corpus';
import { getCell } from '@gongkai/schema';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { editorFindings, exportAs, goTo, launchBrowser, openApp, waitForReport } from './support/browser.js';
import { applicantColumns, cellInput, typeIntoCell } from './support/editor.js';

const seed = entry(seedId);
const resultsDir = fileURLToPath(new URL('../test-results/', import.meta.url));

/** Rows of section 三 that the seed's text lost: every cell blank in the corpus's report JSON. */
const missingRows = Object.entries(flattenRows(seed.report.applications as Record<string, unknown>))
  .filter(([, cells]) => Object.values(cells).every((v) => v === null))
  .map(([row]) => row);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the seed report, from a pasted page to a checked, exported report', () => {
  it('opens on the seed report imported live, with its diagnostics and findings, and keeps a screenshot', async () => {
    const { page, context, problems } = await openApp(browser, inject('baseUrl'));
    await waitForReport(page, '杏岭子乡');
    // The lost rows of section 三 are reported by the importer, each pointing at its cell.
    for (const row of missingRows.slice(0, 2)) {
      await page.locator(`.diagnostics li[data-path^="applications.${row}"]`).first().waitFor();
    }
    // The damaged header (本年度止件数 for 本年废止件数) is reported at its line of the text.
    const damagedLine =
      seed.source.split(/\r\n|\r|\n/).findIndex((line) => line.includes('本年度止件数')) + 1;
    await page.locator(`.diagnostics li[data-line="${damagedLine}"]`, { hasText: '本年度止件数' }).waitFor();
    await page.locator('gk-findings').getByText('警告').first().waitFor();
    await mkdir(resultsDir, { recursive: true });
    await page.screenshot({ path: `${resultsDir}main.png` });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('pastes the seed text, fills the missing rows, derives the totals, ends with no errors, and round-trips', async () => {
    const { page, context, problems } = await openApp(browser, inject('baseUrl'));
    await waitForReport(page, '杏岭子乡');
    expect(missingRows.length).toBeGreaterThan(0);

    // Paste the published text.
    await goTo(page, 'import');
    await page.fill('#paste-input', seed.source);
    await page.click('.paste-form button[type="submit"]');
    // The same body and year as the open draft: keep both.
    await page.click('.import-choice .import-new');
    await page.locator('.drafts summary', { hasText: '2' }).waitFor();

    // The diagnostics name the rows that are missing and point at lines of the text.
    for (const row of missingRows) {
      await page.locator(`.diagnostics li[data-path^="applications.${row}"]`).first().waitFor();
    }
    const lineLink = page.locator('.diagnostics li[data-line] .line-link').first();
    const line = await lineLink.evaluate((a) => a.closest('li')?.dataset.line);
    await lineLink.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`line-${line}`);

    // Fill the missing rows in the editor; the blank-cell warnings for them go away.
    await goTo(page, 'edit');
    await waitForReport(page, '杏岭子乡');
    const blankBefore = (await editorFindings(page)).filter((f) => f.rule === 'cell.blank');
    expect(blankBefore.length).toBeGreaterThan(0);
    for (const row of missingRows) {
      for (const column of applicantColumns) await typeIntoCell(page, `applications.${row}.${column}`, '0');
    }

    // Each row's 总计 is derived, not typed.
    for (const row of missingRows) {
      const total = cellInput(page, `applications.${row}.total`);
      await expect.poll(() => total.inputValue()).toBe('0');
      await expect.poll(() => total.evaluate((input) => !!input.closest('.gk-derived'))).toBe(true);
    }

    const findings = await editorFindings(page);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'cell.blank' && f.path.startsWith('applications.'))).toEqual([]);

    // Export JSON and the official text; importing either gives the same report back.
    await goTo(page, 'export');
    const json = await exportAs(page, 'json');
    expect(json.name).toMatch(/\.json$/);
    const exported = JSON.parse(json.bytes.toString('utf8'));
    for (const row of missingRows) expect(getCell(exported, `applications.${row}.total`)).toBe(0);

    const text = await exportAs(page, 'txt');
    await goTo(page, 'import');
    await page.fill('#paste-input', text.bytes.toString('utf8'));
    await page.click('.paste-form button[type="submit"]');
    // The same body and year as the open draft: keep both.
    await page.click('.import-choice .import-new');
    await page.locator('.drafts summary', { hasText: '3' }).waitFor();
    await goTo(page, 'export');
    const fromText = JSON.parse((await exportAs(page, 'json')).bytes.toString('utf8'));
    expect(fromText).toEqual(exported);

    await goTo(page, 'import');
    await page.setInputFiles('.drop-zone input[type="file"]', {
      name: json.name,
      mimeType: 'application/json',
      buffer: json.bytes,
    });
    // The same body and year as the open draft: keep both.
    await page.click('.import-choice .import-new');
    await page.locator('.drafts summary', { hasText: '4' }).waitFor();
    await goTo(page, 'export');
    const fromJson = JSON.parse((await exportAs(page, 'json')).bytes.toString('utf8'));
    expect(fromJson).toEqual(exported);

    expect(problems).toEqual([]);
    await context.close();
  });
});

/** `{ newReceived: {...cells}, withheld: { stateSecret: {...cells} } }` → `{ newReceived, 'withheld.stateSecret' }`. */
function flattenRows(table: Record<string, unknown>, prefix = ''): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [key, value] of Object.entries(table)) {
    if (!value || typeof value !== 'object') continue;
    const inner = Object.values(value as Record<string, unknown>);
    if (inner.every((v) => v === null || typeof v === 'number'))
      out[prefix + key] = value as Record<string, unknown>;
    else Object.assign(out, flattenRows(value as Record<string, unknown>, `${prefix}${key}.`));
  }
  return out;
}
