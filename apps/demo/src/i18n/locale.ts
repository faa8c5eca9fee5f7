/**
 * The page language: Chinese unless the user switched. The components read `lang` from the document,
 * so setting it here switches them too.
 */
import type { Locale } from '@gongkai/schema';

const key = 'gongkai-demo.locale';

/** The locale the user chose last time, Chinese by default. */
export function savedLocale(): Locale {
  try {
    return localStorage.getItem(key) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

/** Applies a locale to the document (and so to every gk-* element) and remembers it. */
export function applyLocale(locale: Locale): void {
  document.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN';
  try {
    localStorage.setItem(key, locale);
  } catch {
    // Private browsing may refuse storage; the switch still works for this visit.
  }
}
