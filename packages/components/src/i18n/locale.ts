import type { Locale } from '@gongkai/schema';

/** The locale of an element: its own `lang`, else the nearest ancestor's, else the document's; Chinese by default. */
export function localeOf(element: Element): Locale {
  const own = element.getAttribute('lang');
  const inherited =
    own ||
    element.closest?.('[lang]')?.getAttribute('lang') ||
    (typeof document !== 'undefined' ? document.documentElement.lang : '');
  return toLocale(inherited);
}

/** `en`, `en-GB` → en; anything else (zh, zh-CN, empty) → zh. */
export function toLocale(lang: string | null | undefined): Locale {
  return lang && /^en\b/i.test(lang) ? 'en' : 'zh';
}

/** The BCP 47 tag used for `lang` attributes and `Intl`. */
export function languageTag(locale: Locale): string {
  return locale === 'en' ? 'en' : 'zh-CN';
}
