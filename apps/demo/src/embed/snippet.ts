/**
 * The code a portal pastes: the self-hosted `<gk-report>` bundle and the element with the report
 * inline. No fetch, no API: a CMS that allows one script tag (in its template) can publish the report.
 * The package is not on a public CDN yet, so the files come from this demo (`selfhost/`).
 */

import { inlineReportJson } from '@gongkai/components';
import type { Locale, Report } from '@gongkai/schema';

/** Where a portal puts the self-hosted files (gk-report.js and gk-report-engine.js, side by side). */
export const selfHostFolder = '/gongkai/';

/** The bundle's address on the portal; the engine file beside it is loaded from the same folder. */
export const selfHostBundleUrl = `${selfHostFolder}gk-report.js`;

/** The self-host files as this demo serves them for download. */
export const selfHostDownloads = ['gk-report.js', 'gk-report-engine.js', 'README.txt'].map((name) => ({
  name,
  href: `./selfhost/${name}`,
}));

/** The `<gk-report>` element with the report inline; the part of the snippet a page's body holds. */
export function reportMarkup(report: Report, locale: Locale): string {
  const lang = locale === 'en' ? 'en' : 'zh-CN';
  return `<gk-report lang="${lang}">\n  ${inlineReportJson(report)}\n</gk-report>`;
}

/** The whole snippet: the script tag of the CDN bundle, then the element. */
export function embedSnippet(report: Report, locale: Locale): string {
  return `<script type="module" src="${selfHostBundleUrl}"></script>\n${reportMarkup(report, locale)}\n`;
}

/** For article bodies that keep no script or custom tag: the standalone page, in an iframe. */
export function iframeSnippet(report: Report, locale: Locale): string {
  const title =
    locale === 'en' ? 'Annual report on government information disclosure' : '政府信息公开工作年度报告';
  return `<iframe src="${selfHostFolder}report-${report.year}.html" title="${title}" style="width:100%;height:80vh;border:0"></iframe>\n`;
}
