import { AGENCY_LEVELS, type Locale } from '@gongkai/schema';
import type { Stats } from './aggregate.js';
import { levelLabel, ruleSeverity, ruleTitle } from './labels.js';

/** One rule's failures over the whole run, ranked; what every output of `stats` shows first. */
export interface RuleRow {
  rule: string;
  title: string;
  severity: 'error' | 'warning';
  reports: number;
  findings: number;
  unchecked: number;
  share: number;
}

/** Rules that failed at least once, most reports first. */
export function ruleRows(stats: Stats, locale: Locale): RuleRow[] {
  return Object.entries(stats.rules)
    .filter(([, r]) => r.reports > 0 || r.unchecked > 0)
    .map(([rule, r]) => ({
      rule,
      title: ruleTitle(rule, locale),
      severity: ruleSeverity(rule),
      reports: r.reports,
      findings: r.findings,
      unchecked: r.unchecked,
      share: stats.reports ? r.reports / stats.reports : 0,
    }))
    .sort((a, b) => b.reports - a.reports || b.findings - a.findings || a.rule.localeCompare(b.rule));
}

/** One level or year: reports, share with errors, and failures per rule. */
export interface GroupRow {
  key: string;
  label: string;
  reports: number;
  withErrors: number;
  rules: Record<string, number>;
}

/** Levels in the catalogue's order (province first), unknown last. */
export function levelRows(stats: Stats, locale: Locale): GroupRow[] {
  const order: readonly string[] = AGENCY_LEVELS;
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return Object.entries(stats.byLevel)
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([key, g]) => ({ key, label: levelLabel(key, locale), ...g }));
}

/** Years in order. */
export function yearRows(stats: Stats): GroupRow[] {
  return Object.entries(stats.byYear)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([key, g]) => ({ key, label: key, ...g }));
}

/** A place (cell, section or equation) where findings land most often. */
export interface CellRow {
  path: string;
  label: string;
  errors: number;
  warnings: number;
}

/** The places with the most error findings, then warnings. */
export function cellRows(stats: Stats, limit: number): CellRow[] {
  return Object.entries(stats.cells)
    .sort(([pa, a], [pb, b]) => b.errors - a.errors || b.warnings - a.warnings || pa.localeCompare(pb))
    .slice(0, limit)
    .map(([path, c]) => ({ path, ...c }));
}

/** A cell the fix proposals blame: in how many reports, how many of them certain, how many sums it mends. */
export interface LikelyRow {
  path: string;
  label: string;
  reports: number;
  certain: number;
  sums: number;
}

/** The cells most likely wrong: the most reports first, then the most certain. */
export function likelyRows(stats: Stats, limit: number): LikelyRow[] {
  return Object.entries(stats.likely.cells)
    .sort(
      ([pa, a], [pb, b]) =>
        b.reports - a.reports || b.certain - a.certain || b.sums - a.sums || pa.localeCompare(pb),
    )
    .slice(0, limit)
    .map(([path, c]) => ({ path, ...c }));
}

/** One body's row of years side by side: the years it reported, and each year's errors and warnings. */
export interface BodyRow {
  key: string;
  agency: string;
  years: Record<string, { errors: number; warnings: number; reports: number }>;
}

/** The years of the run in order, and the bodies with at least `minYears` years, by name. */
export function bodyRows(stats: Stats, minYears = 2): { years: string[]; rows: BodyRow[] } {
  const years = new Set<string>();
  const rows: BodyRow[] = [];
  for (const [key, b] of Object.entries(stats.bodies)) {
    const ys = Object.keys(b.years);
    if (ys.length < minYears) continue;
    for (const y of ys) years.add(y);
    rows.push({ key, agency: b.agency, years: b.years });
  }
  rows.sort((a, b) => a.agency.localeCompare(b.agency, 'zh') || a.key.localeCompare(b.key));
  return { years: [...years].sort(), rows };
}
