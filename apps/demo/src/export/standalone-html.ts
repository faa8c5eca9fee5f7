/**
 * A standalone HTML page of the report: the element's rendered shadow tree written out as declarative
 * shadow DOM with its styles, so the page shows (and prints) with no script and no network, plus the
 * report JSON inline, so a page that does load the components' bundle upgrades it in place.
 */
import '@gongkai/components/define/gk-report';
import { inlineReportJson, standalonePage } from '@gongkai/components';
import { type Locale, type Report, reportTitle } from '@gongkai/schema';

/** Renders the report with `<gk-report>` off screen and returns the whole page's HTML. */
export async function standaloneHtml(report: Report, locale: Locale): Promise<string> {
  const lang = locale === 'en' ? 'en' : 'zh-CN';
  const element = document.createElement('gk-report');
  element.setAttribute('lang', lang);
  element.report = report;
  // Rendered out of sight but laid out, so nothing depends on being visible.
  element.style.cssText = 'position:absolute;left:-10000px;top:0;width:1000px';
  document.body.append(element);
  try {
    await element.updateComplete;
    const root = element.shadowRoot;
    if (!root) throw new Error('gk-report rendered no shadow root');
    const styles =
      sheetsText(root.adoptedStyleSheets) +
      [...root.querySelectorAll('style')].map((s) => s.textContent).join('\n');
    const pageStyles = sheetsText(document.adoptedStyleSheets);
    const title = root.querySelector('h1')?.textContent?.trim() || reportTitle(report, locale);
    return standalonePage({
      locale,
      title,
      style: `body{margin:0 auto;max-width:60rem;padding:1rem}gk-report{display:block}gk-report>script{display:none}${pageStyles}`,
      body: `<gk-report lang="${lang}"><template shadowrootmode="open"><style>${styles}</style>${cleanMarkup(root.innerHTML)}</template>${inlineReportJson(report)}</gk-report>`,
    });
  } finally {
    element.remove();
  }
}

function sheetsText(sheets: readonly CSSStyleSheet[]): string {
  return sheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n');
}

/** Drops Lit's template markers: they only mean something to the Lit instance that rendered them. */
function cleanMarkup(markup: string): string {
  return markup.replace(/<!--\?lit\$\d+\$-->|<!--\?-->|<!---->/g, '');
}
