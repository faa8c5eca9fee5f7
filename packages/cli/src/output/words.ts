import type { Locale, Severity } from '@gongkai/schema';

const severityWords: Record<Locale, Record<Severity, string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

/** The severity as a word of the locale. */
export function severityWord(severity: Severity, locale: Locale): string {
  return severityWords[locale][severity];
}

/** "line 12" / "第 12 行". */
export function lineWord(line: number, locale: Locale): string {
  return locale === 'en' ? `line ${line}` : `第 ${line} 行`;
}
