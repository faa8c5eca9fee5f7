/**
 * The report as a PDF: the server-rendered page printed by the machine's Chromium (CHROMIUM_PATH, else
 * /usr/bin/chromium), on A4 with page numbers; the tables' header rows repeat on every page (print CSS).
 * Chromium is not bundled: where there is none, the user is told how to get one.
 */
import { access, constants } from 'node:fs/promises';
import type { Locale } from '@gongkai/schema';
import { UsageError } from '../args.js';

/** Flags that let Chromium run headless as root in a container and keep it off the network. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** 「第 1 页 / 共 3 页」 at the foot of each page (Chromium fills the classes). */
const footer = (locale: Locale) =>
  `<div style="width:100%;text-align:center;font-size:9pt;color:#000">${
    locale === 'en'
      ? 'Page <span class="pageNumber"></span> of <span class="totalPages"></span>'
      : '第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页'
  }</div>`;

async function chromiumPath(env: NodeJS.ProcessEnv, locale: Locale): Promise<string> {
  const path = env.CHROMIUM_PATH || '/usr/bin/chromium';
  try {
    await access(path, constants.X_OK);
    return path;
  } catch {
    throw new UsageError(
      locale === 'en'
        ? `--to pdf needs Chromium, and there is none at ${path}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH to its path`
        : `--to pdf 需要 Chromium 浏览器，但 ${path} 处没有：请安装（Debian：apt-get install chromium），或用环境变量 CHROMIUM_PATH 指定其路径`,
    );
  }
}

/** Prints a standalone page (see html-page.ts) to PDF bytes. */
export async function printPdf(page: string, env: NodeJS.ProcessEnv, locale: Locale): Promise<Uint8Array> {
  const executablePath = await chromiumPath(env, locale);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: ARGS, headless: true });
  try {
    const tab = await browser.newPage();
    await tab.setContent(page, { waitUntil: 'load' });
    await tab.emulateMedia({ media: 'print' });
    const pdf = await tab.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footer(locale),
      margin: { top: '18mm', bottom: '18mm', left: '15mm', right: '15mm' },
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
