import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { escapeHtml, readingStyle, renderReportToString, standalonePage } from '@gongkai/components/ssr';
import { signatureOf } from '@gongkai/engine';
import { type Locale, type Report, reportTitle } from '@gongkai/schema';

/** The components' CDN bundle (Lit included), inlined so the page needs no network; undefined when not built. */
export async function readCdnScript(): Promise<string | undefined> {
  try {
    const path = createRequire(import.meta.url).resolve('@gongkai/components/cdn/gk-report.js');
    const code = await readFile(path, 'utf8');
    // The map sits beside the bundle, not beside the page; `</script` would end the inline script early.
    return code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n').replace(/<\/script/gi, '<\\/script');
  } catch {
    return undefined;
  }
}

/**
 * A standalone page: the server-rendered `<gk-report>` (declarative shadow DOM) reads and prints fully
 * without JavaScript; the inlined module script, when given, upgrades it in place.
 */
export function reportPage(report: Report, options: { locale: Locale; script?: string | undefined }): string {
  const body = renderReportToString(report, { lang: options.locale });
  const script = options.script ? `\n<script type="module">\n${options.script}</script>` : '';
  // The signature (agency, date of signing) closes the printed report, unless 六 already ends with it.
  const signature = signatureOf(report);
  const signed = signature.own
    ? ''
    : `\n<p class="gk-signature">${signature.lines.map(escapeHtml).join('<br>')}</p>`;
  return standalonePage({
    locale: options.locale,
    title: reportTitle(report, options.locale),
    style: `${readingStyle}
main{max-width:64rem;margin:0 auto;padding:1.5rem}
.gk-signature{text-align:right;margin:2em 0 0}
@page{size:A4;margin:18mm 15mm}
@media print{main{max-width:none;padding:0}}`,
    body: `<main>\n${body}${signed}\n</main>${script}`,
  });
}
