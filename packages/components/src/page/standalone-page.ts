import type { Locale } from '@gongkai/schema';
import { escapeHtml } from './escape-html.js';

/** What a standalone page holds besides its fixed head. */
export interface PageParts {
  /** The page's language: `zh` (written `zh-CN`) or `en`. */
  locale: Locale;
  /** Plain text; escaped here. */
  title: string;
  /** Who made the page, for `<meta name="generator">`; plain text. */
  generator?: string;
  /** The page's CSS. */
  style: string;
  /** The markup of `<body>`, already safe HTML. */
  body: string;
}

/** Type and colours for reading a page on screen and on paper, Chinese fonts first where they exist. */
export const readingStyle =
  'body{margin:0;font-family:system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;line-height:1.6;color:#111;background:#fff}';

/**
 * A whole HTML page that needs nothing else: no network, no script of its own. The one shell of every
 * page gongkai writes (`gongkai render --to html`, the `gongkai stats` dashboard, the demo's export).
 */
export function standalonePage(parts: PageParts): string {
  return `<!doctype html>
<html lang="${parts.locale === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(parts.generator ?? 'gongkai')}">
<title>${escapeHtml(parts.title)}</title>
<style>
${parts.style}
</style>
</head>
<body>
${parts.body}
</body>
</html>
`;
}
