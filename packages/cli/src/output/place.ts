import type { Finding } from '@gongkai/engine';
import {
  type CellDef,
  cellLabelOf,
  columnLabelOf,
  type Locale,
  rowLabelOf,
  sectionById,
  sectionLabel,
  sections,
  uniformLayout,
} from '@gongkai/schema';

const layouts = [uniformLayout('2021'), uniformLayout('2019')];

/** The catalogue's cell at an address, in either format's layout. */
export function cellAt(address: string): CellDef | undefined {
  for (const layout of layouts) {
    const cell = layout.cellByAddress.get(address);
    if (cell) return cell;
  }
  return undefined;
}

// Labels are built once per place and locale: a province's run names the same few hundred places
// millions of times.
const labels: Record<Locale, Map<string, string>> = { zh: new Map(), en: new Map() };
const places: Record<Locale, Map<string, { key: string; label: string }>> = { zh: new Map(), en: new Map() };

/** A cell address (or section id) as a reader names it, found in either format's layout. */
export function placeLabel(path: string, locale: Locale): string {
  let label = labels[locale].get(path);
  if (label === undefined) {
    label = buildPlaceLabel(path, locale);
    labels[locale].set(path, label);
  }
  return label;
}

function buildPlaceLabel(path: string, locale: Locale): string {
  const cell = cellAt(path);
  if (cell) return cellLabelOf(cell, locale);
  const section = sections.find((s) => s.id === path);
  return section ? sectionLabel(section.id, locale) : path;
}

/** The section a finding is in, as a reader names it (第三部分), for grouping a table's findings. */
export function sectionOf(path: string, locale: Locale): { id: string; label: string } {
  const dot = path.indexOf('.');
  const id = dot < 0 ? path : path.slice(0, dot);
  let found = sectionsNamed[locale].get(id);
  if (!found) {
    found = buildSectionOf(id, locale);
    sectionsNamed[locale].set(id, found);
  }
  return found;
}

const sectionsNamed: Record<Locale, Map<string, { id: string; label: string }>> = {
  zh: new Map(),
  en: new Map(),
};

function buildSectionOf(id: string, locale: Locale): { id: string; label: string } {
  const section = sections.find((s) => s.id === id);
  if (!section) return { id, label: id };
  return {
    id,
    label: locale === 'zh' ? `第${sectionById(section.id).ordinal}部分` : `Section ${section.number}`,
  };
}

/**
 * Where a finding is, named for what it is about. A cell's finding is at its cell. An equation's error
 * (a balance, a sum) is at the equation: the column or row all its cells share, never the one cell the
 * rule happens to be attached to, which says nothing about which figure is wrong.
 */
export function findingPlace(
  finding: Pick<Finding, 'rule' | 'path' | 'related'>,
  locale: Locale,
): {
  key: string;
  label: string;
} {
  const related = finding.related;
  // The plan fixes an equation's terms, so its rule, cell and the ends of its terms name it.
  const memo = related?.length
    ? `${finding.rule}|${finding.path}|${related.length}|${related[0]}|${related[related.length - 1]}`
    : `${finding.rule}|${finding.path}`;
  let place = places[locale].get(memo);
  if (!place) {
    place = buildFindingPlace(finding, locale);
    places[locale].set(memo, place);
  }
  return place;
}

function buildFindingPlace(
  finding: Pick<Finding, 'rule' | 'path' | 'related'>,
  locale: Locale,
): { key: string; label: string } {
  if (!isEquation(finding)) return { key: finding.path, label: placeLabel(finding.path, locale) };
  const cells = [finding.path, ...(finding.related ?? [])].map(cellAt);
  const first = cells[0];
  if (!first || cells.some((c) => !c || c.table !== first.table))
    return { key: finding.path, label: placeLabel(finding.path, locale) };
  const part = sectionOf(first.address, locale).label;
  const sameColumn = cells.every((c) => c?.column === first.column);
  const sameRow = cells.every((c) => c?.rowAddress === first.rowAddress);
  if (sameRow)
    return {
      key: `${finding.rule}@${first.table}.${first.rowAddress}`,
      label:
        locale === 'zh'
          ? `${part}「${rowLabelOf(first, 'zh')}」行`
          : `${part}, row “${rowLabelOf(first, 'en')}”`,
    };
  if (sameColumn)
    return {
      key: `${finding.rule}@${first.table}.*.${first.column}`,
      label:
        locale === 'zh'
          ? `${part}「${columnLabelOf(first, 'zh')}」列`
          : `${part}, column “${columnLabelOf(first, 'en')}”`,
    };
  return { key: `${finding.rule}@${finding.path}`, label: placeLabel(finding.path, locale) };
}

/** Findings that weigh several cells against each other: their `related` are the equation's other terms. */
function isEquation(finding: Pick<Finding, 'rule' | 'related'>): boolean {
  return (
    finding.related !== undefined &&
    finding.related.length > 0 &&
    finding.rule !== 'cell.blank' &&
    finding.rule !== 'cell.invalid'
  );
}
