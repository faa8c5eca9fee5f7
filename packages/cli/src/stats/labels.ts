import { ruleById } from '@gongkai/engine';
import {
  type AgencyLevel,
  agencyLevelLabels,
  cellLabelOf,
  type Locale,
  sectionLabel,
  sections,
  uniformLayout,
} from '@gongkai/schema';

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

const layouts = [uniformLayout('2021'), uniformLayout('2019')];

/** A cell address (or section id) as a reader names it, found in either format's layout. */
export function placeLabel(path: string, locale: Locale): string {
  for (const layout of layouts) {
    const cell = layout.cellByAddress.get(path);
    if (cell) return cellLabelOf(cell, locale);
  }
  const section = sections.find((s) => s.id === path);
  return section ? sectionLabel(section.id, locale) : path;
}
