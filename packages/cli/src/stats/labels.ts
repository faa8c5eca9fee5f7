import { ruleById } from '@gongkai/engine';
import { type AgencyLevel, agencyLevelLabels, type Locale } from '@gongkai/schema';

/** A rule's title from the engine's catalogue, or its id for a rule this version does not know. */
export function ruleTitle(id: string, locale: Locale): string {
  return ruleById(id)?.title[locale] ?? id;
}

/** A rule's severity as the catalogue gives it. */
export function ruleSeverity(id: string): 'error' | 'warning' {
  return ruleById(id)?.severity ?? 'warning';
}

/** An agency level in words; `unknown` when the report does not say. */
export function levelLabel(level: string, locale: Locale): string {
  const label = agencyLevelLabels[level as AgencyLevel];
  if (label) return label[locale];
  return locale === 'en' ? 'Level not given' : '未注明层级';
}

/** Where findings land, named as a reader would (shared with validate's output). */
export { placeLabel } from '../output/place.js';

/** The heads of the per-rule table, the same on the dashboard and in the workbook's 规则统计 sheet. */
export function ruleColumns(locale: Locale): string[] {
  return locale === 'en'
    ? ['Rule', 'Severity', 'Reports with it', 'Share', 'Findings', 'Not checkable']
    : ['规则', '严重程度', '出现该问题的报告', '比例', '问题数', '无法核对'];
}
