import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { renderReportToString } from '@gongkai/components/ssr';
import { signatureOf } from '@gongkai/engine';
import type { Locale, Report } from '@gongkai/schema';

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

/** The page title: the report's own, or the official wording. */
export function titleOf(report: Report, locale: Locale): string {
  if (report.title) return report.title;
  return locale === 'en'
    ? `${report.agency.name}: annual report on government information disclosure, ${report.year}`
    : `${report.agency.name}${report.year}年政府信息公开工作年度报告`;
}

/**
 * A standalone page: the server-rendered `<gk-report>` (declarative shadow DOM) reads and prints fully
 * without JavaScript; the inlined module script, when given, upgrades it in place.
 */
export function reportPage(report: Report, options: { locale: Locale; script?: string | undefined }): string {
  const lang = options.locale === 'en' ? 'en' : 'zh-CN';
  const body = renderReportToString(report, { lang: options.locale });
  const script = options.script ? `\n<script type="module">\n${options.script}</script>` : '';
  // The signature (agency, date of signing) closes the printed report, unless 六 already ends with it.
  const signature = signatureOf(report);
  const signed = signature.own
    ? ''
    : `\n<p class="gk-signature">${signature.lines.map(escapeHtml).join('<br>')}</p>`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="gongkai">
<title>${escapeHtml(titleOf(report, options.locale))}</title>
<style>
body{margin:0;font-family:system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;line-height:1.6;color:#111;background:#fff}
main{max-width:64rem;margin:0 auto;padding:1.5rem}
.gk-signature{text-align:right;margin:2em 0 0}
@page{size:A4;margin:18mm 15mm}
@media print{main{max-width:none;padding:0}}
</style>
</head>
<body>
<main>
${body}${signed}
</main>${script}
</body>
</html>
`;
}

/** Text safe inside HTML elements and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
