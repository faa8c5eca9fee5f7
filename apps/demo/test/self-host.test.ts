/**
 * The embed a portal can use today: the self-host files downloaded from the demo, put in a folder of
 * a plain page on another server, render a corpus report with its findings.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entry } from '@gongkai/corpus';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe.js';
import { goTo, launchBrowser, openApp, waitForReport } from './support/browser.js';
import { serveStatic } from './support/static-server.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('self-hosting the report element', () => {
  it('downloads the files from the demo; a portal page in another folder shows a report with its findings', async () => {
    const { page, context, problems } = await openApp(browser, inject('baseUrl'));
    await waitForReport(page, '杏岭子乡');
    await goTo(page, 'embed');
    const portal = await mkdtemp(join(tmpdir(), 'gongkai-portal-'));
    await mkdir(join(portal, 'gongkai'));
    for (const name of ['gk-report.js', 'gk-report-engine.js', 'README.txt']) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click(`a[data-selfhost="${name}"]`),
      ]);
      await download.saveAs(join(portal, 'gongkai', name));
    }
    expect(await readFile(join(portal, 'gongkai', 'README.txt'), 'utf8')).toContain('同一个目录');
    await context.close();

    const report = structuredClone(entry('01-huaian-city-gov-2024').report);
    report.applications.granted.total = (report.applications.granted.total ?? 0) + 5;
    const json = JSON.stringify(report).replace(/</g, '\\u003c');
    await mkdir(join(portal, 'xxgk', '2025'), { recursive: true });
    await writeFile(
      join(portal, 'xxgk', '2025', 'index.html'),
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>年报</title><script type="module" src="../../gongkai/gk-report.js"></script></head><body><main><h1>政府信息公开</h1><gk-report id="report" show-findings><script type="application/json">${json}</script></gk-report><gk-findings for="report"></gk-findings></main></body></html>`,
    );
    const server = await serveStatic(portal, 'site');
    const viewer = await browser.newPage();
    const errors: string[] = [];
    viewer.on('pageerror', (e) => errors.push(String(e)));
    try {
      await viewer.goto(`${server.url}xxgk/2025/`);
      await viewer.locator('gk-report table').first().waitFor();
      await viewer.locator('gk-findings li').first().waitFor();
      expect(await viewer.locator('gk-findings .count').textContent()).toMatch(/\d+ 个错误/);
      expect(await viewer.locator('gk-report td.gk-error').count()).toBeGreaterThan(0);
      const violations = await axeViolations(viewer);
      expect(violations, JSON.stringify(violations)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await viewer.close();
      await server.close();
      await rm(portal, { recursive: true, force: true });
    }
    expect(problems).toEqual([]);
  });
});
