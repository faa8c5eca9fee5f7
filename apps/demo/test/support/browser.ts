/**
 * Debian's chromium driven by playwright-core, with the launch flags every browser test of the repo
 * uses, and a page of the app that records console errors and uncaught exceptions so a test fails on
 * them.
 */
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../../scripts/chromium.js';

/** Pages opened by the current test, for the screenshots kept when it fails. */
export const openPages = new Set<Page>();

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ ...chromiumLaunchOptions, headless: true });
}

export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far. */
  problems: string[];
}

export interface OpenOptions {
  /** Screen to open (`edit`, `compare`…). */
  hash?: string;
  /** Service workers are blocked unless a test is about them: a cached build would hide the one under test. */
  serviceWorkers?: 'allow' | 'block';
  /** Use an existing context (to reload with its storage). */
  context?: BrowserContext;
  /** Stay on the start screen of a first visit instead of opening the real example from it. */
  start?: boolean;
}

/** Opens the app in a fresh context (empty storage, downloads on), on the seed report unless `start`. */
export async function openApp(
  browser: Browser,
  baseUrl: string,
  options: OpenOptions = {},
): Promise<AppPage> {
  const context =
    options.context ??
    (await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1440, height: 1000 },
      locale: 'zh-CN',
      serviceWorkers: options.serviceWorkers ?? 'block',
    }));
  const page = await context.newPage();
  openPages.add(page);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(baseUrl + (options.hash ? `#${options.hash}` : ''));
  await page.locator('main#main').waitFor();
  // A first visit opens on the three ways to start; most tests work on the real example it offers.
  if (!options.hash && !options.start && (await page.locator('main.view-start').count()) > 0)
    await page.locator('[data-start="example"]').click();
  return { page, context, problems };
}

/** Waits until the editor shows a report whose title contains `text`. */
export async function waitForReport(page: Page, text: string): Promise<void> {
  await page.locator('gk-report-editor h1', { hasText: text }).first().waitFor();
}

/** The findings the editor currently shows. */
export function editorFindings(page: Page): Promise<{ rule: string; severity: string; path: string }[]> {
  return page.evaluate(() =>
    [...(document.querySelector('gk-report-editor')?.currentFindings ?? [])].map((f) => ({
      rule: f.rule,
      severity: f.severity,
      path: f.path,
    })),
  );
}

/** Clicks an export button and returns the downloaded file's name and bytes. */
export async function exportAs(page: Page, format: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`button[data-format="${format}"]`),
  ]);
  const { readFile } = await import('node:fs/promises');
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

/** Goes to a screen through the navigation, as a user would. */
export async function goTo(page: Page, view: string): Promise<void> {
  await page.click(`nav.app-nav a[href="#${view}"]`);
  await page.locator(`main.view-${view}`).waitFor();
}
