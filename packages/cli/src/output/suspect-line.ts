import type { Confidence, Finding } from '@gongkai/engine';
import type { Locale } from '@gongkai/schema';

const confidenceWords: Record<Locale, Record<Confidence, string>> = {
  zh: { certain: '建议（确定）', likely: '建议（可能）', ambiguous: '无法区分', none: '无法推断' },
  en: { certain: 'fix (certain)', likely: 'fix (likely)', ambiguous: 'ambiguous', none: 'no proposal' },
};

/**
 * The line printed under an arithmetic finding: its first proposal and how sure it is. Several
 * findings of one group of sums share a proposal; it is printed under the first of them only.
 */
export function suspectLine(finding: Finding, locale: Locale, printed: Set<string>): string | undefined {
  const top = finding.suspects?.[0];
  if (!top || printed.has(top.why)) return undefined;
  printed.add(top.why);
  return `${confidenceWords[locale][top.confidence]}${locale === 'zh' ? '：' : ': '}${top.why}`;
}
