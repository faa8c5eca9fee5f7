/**
 * Server rendering (Node only): a report as HTML with declarative shadow DOM, readable and printable
 * before any script runs, that the `<gk-report>` element hydrates when its script arrives.
 * Used by `gongkai render --to html`.
 */

import { createHash } from 'node:crypto';
import type { Report } from '@gongkai/schema';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../define/gk-report.js';
import { toLocale } from '../i18n/locale.js';
import { inlineReportJson } from '../report/inline-data.js';

export { escapeHtml } from '../page/escape-html.js';
export { type PageParts, readingStyle, standalonePage } from '../page/standalone-page.js';
export { inlineReportJson };

export interface RenderOptions {
  /** `zh` (default) or `en`; set as the element's `lang`. */
  lang?: string;
  /** Leave out the `<style>` that pre-styles the element before it is defined (when the page has it already). */
  omitPrestyle?: boolean;
}

/**
 * Styles for the light DOM, before the element is defined: the server-rendered shadow root already
 * shows the report; this keeps the inline JSON hidden and the box stable while the script loads.
 */
export const prestyle =
  '<style>gk-report:not(:defined){display:block}gk-report:not(:defined)>script{display:none}gk-findings:not(:defined),gk-report-editor:not(:defined){display:block;min-height:4rem}</style>';

/** `<gk-report>` with its shadow root rendered (declarative shadow DOM) and the report inline for hydration. */
export function renderReportToString(report: Report, options: RenderOptions = {}): string {
  const lang = toLocale(options.lang) === 'en' ? 'en' : 'zh-CN';
  const element = collectResultSync(
    render(
      html`<gk-report lang=${lang} .report=${report}>${unsafeHTML(inlineReportJson(report))}</gk-report>`,
    ),
  );
  return (options.omitPrestyle ? '' : prestyle) + element;
}

/**
 * The `'sha256-…'` sources a strict Content-Security-Policy needs in `style-src` for the `<style>`
 * elements of server-rendered markup (the shadow roots' styles and the pre-styling), so the page shows
 * styled before any script runs without allowing `'unsafe-inline'`.
 */
export function styleHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    hashes.add(
      `'sha256-${createHash('sha256')
        .update(match[1] ?? '', 'utf8')
        .digest('base64')}'`,
    );
  }
  return [...hashes];
}
