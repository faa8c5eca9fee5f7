import type { Locale } from './catalogue/types.js';

/**
 * The official title of a report, 〈机关〉〈年〉年政府信息公开工作年度报告, as the national format prints it
 * when the report gives none of its own; in English, a plain rendering of the same.
 */
export function officialTitle(agency: string, year: number, locale: Locale = 'zh'): string {
  return locale === 'en'
    ? `${agency}: annual report on government information disclosure, ${year}`
    : `${agency}${year}年政府信息公开工作年度报告`;
}

/** The title as printed: the report's own, or the official one. */
export function reportTitle(
  report: { title?: string | undefined; year: number; agency: { name: string } },
  locale: Locale = 'zh',
): string {
  return report.title || officialTitle(report.agency.name, report.year, locale);
}
