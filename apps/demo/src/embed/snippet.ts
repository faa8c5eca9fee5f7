/**
 * The code a portal pastes: the components' CDN bundle and a `<gk-report>` with the report inline.
 * No fetch, no API: a CMS that allows one script tag can publish the report.
 */

import { inlineReportJson } from '@gongkai/components';
import type { Locale, Report } from '@gongkai/schema';

/** Where portals load the self-registering `<gk-report>` bundle: the published package on a public CDN. */
export const cdnBundleUrl = `https://cdn.jsdelivr.net/npm/@gongkai/components@${__GK_COMPONENTS_VERSION__}/dist/cdn/gk-report.js`;

/** The `<gk-report>` element with the report inline; the part of the snippet a page's body holds. */
export function reportMarkup(report: Report, locale: Locale): string {
  const lang = locale === 'en' ? 'en' : 'zh-CN';
  return `<gk-report lang="${lang}">\n  ${inlineReportJson(report)}\n</gk-report>`;
}

/** The whole snippet: the script tag of the CDN bundle, then the element. */
export function embedSnippet(report: Report, locale: Locale): string {
  return `<script type="module" src="${cdnBundleUrl}"></script>\n${reportMarkup(report, locale)}\n`;
}
