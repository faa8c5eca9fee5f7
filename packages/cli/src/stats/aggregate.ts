import type { Locale } from '@gongkai/schema';
import type { Checked } from '../batch/check.js';
import { findingPlace } from '../output/place.js';
import { bodyIdentity, bodyKey } from '../pairing/identity.js';
import { ruleTitle } from './labels.js';
import { addLikely, emptyLikely, type LikelyCells, mergeLikely } from './likely.js';

/** How often one rule fails: in how many reports, how many findings, how many reports could not be checked. */
export interface RuleCount {
  reports: number;
  findings: number;
  /** Reports where the rule could not be checked (an `info` finding: a blank cell it needs). */
  unchecked: number;
}

/** Reports of one level or one year, and in how many of them each rule fails. */
export interface Group {
  reports: number;
  withErrors: number;
  rules: Record<string, number>;
}

/** A report worth a look first: the most errors, then the most warnings. */
export interface WorstReport {
  name: string;
  agency: string;
  year: number;
  level: string;
  errors: number;
  warnings: number;
  /** The rules that fail in it, errors first. */
  rules: string[];
}

/**
 * A place where findings land, across all reports: a cell, a section, or an equation (a balance in one
 * column, a row's sum), which is where an equation's error belongs rather than the cell it is filed under.
 */
export interface CellCount {
  /** The place as a reader names it, in the run's locale. */
  label: string;
  errors: number;
  warnings: number;
}

/** One body's years side by side: errors and warnings of its report of each year. */
export interface BodyYears {
  /** The body's name as last published. */
  agency: string;
  years: Record<string, { errors: number; warnings: number; reports: number }>;
}

/** Everything `stats` reports, small enough to add up batch by batch however many reports there are. */
export interface Stats {
  reports: number;
  withErrors: number;
  rules: Record<string, RuleCount>;
  byLevel: Record<string, Group>;
  byYear: Record<string, Group>;
  cells: Record<string, CellCount>;
  /** The cells the engine's proposals blame for the failing sums (「最可能填错的单元格」). */
  likely: LikelyCells;
  /** By body (its name without the region prefix), each year's counts. */
  bodies: Record<string, BodyYears>;
  worst: WorstReport[];
  /** Unreadable inputs: how many, and the first BROKEN_KEPT by name. */
  brokenCount: number;
  broken: { name: string; reason: string }[];
  /** Inputs not checked (a PDF no reader takes, a file that is no report): how many, and the first named. */
  notCheckedCount: number;
  notChecked: { name: string; reason: string }[];
}

/** How many reports the "look at first" list keeps, and how many unreadable files are named. */
export const WORST_KEPT = 100;
export const BROKEN_KEPT = 1000;

/** Stats of nothing. */
export function emptyStats(): Stats {
  return {
    reports: 0,
    withErrors: 0,
    rules: {},
    byLevel: {},
    byYear: {},
    cells: {},
    likely: emptyLikely(),
    bodies: {},
    worst: [],
    brokenCount: 0,
    broken: [],
    notCheckedCount: 0,
    notChecked: [],
  };
}

/** Adds one checked report (or unreadable or unchecked input) to the stats. */
export function addChecked(stats: Stats, checked: Checked, locale: Locale = 'zh'): void {
  if (checked.notChecked) {
    stats.notCheckedCount++;
    if (stats.notChecked.length < BROKEN_KEPT)
      stats.notChecked.push({ name: checked.name, reason: checked.notChecked });
    return;
  }
  if (checked.broken || !checked.report) {
    stats.brokenCount++;
    if (stats.broken.length < BROKEN_KEPT)
      stats.broken.push({ name: checked.name, reason: checked.broken ?? '' });
    return;
  }
  const report = checked.report;
  const failing = new Map<string, 'error' | 'warning'>();
  let errors = 0;
  let warnings = 0;
  for (const f of checked.findings) {
    const rule = entry(stats.rules, f.rule, () => ({ reports: 0, findings: 0, unchecked: 0 }));
    if (f.severity === 'info') {
      if (!failing.has(f.rule)) rule.unchecked++;
      continue;
    }
    rule.findings++;
    if (f.severity === 'error') errors++;
    else warnings++;
    if (failing.get(f.rule) !== 'error') failing.set(f.rule, f.severity);
    const cell = placeEntry(stats, f, locale);
    if (f.severity === 'error') cell.errors++;
    else cell.warnings++;
  }
  for (const id of failing.keys()) (stats.rules[id] as RuleCount).reports++;
  addLikely(stats.likely, checked.findings, locale);
  stats.reports++;
  if (errors > 0) stats.withErrors++;
  const level = report.agency.level ?? 'unknown';
  const key = checked.body ?? bodyKey(bodyIdentity(report.agency.name, report.agency.regionCode));
  const body = entry(stats.bodies, key, () => ({
    agency: report.agency.name,
    years: {},
  }));
  const year = entry(body.years, String(report.year), () => ({ errors: 0, warnings: 0, reports: 0 }));
  year.errors += errors;
  year.warnings += warnings;
  year.reports++;
  addToGroup(
    entry(stats.byLevel, level, () => newGroup()),
    failing,
    errors > 0,
  );
  addToGroup(
    entry(stats.byYear, String(report.year), () => newGroup()),
    failing,
    errors > 0,
  );
  if (errors + warnings > 0) {
    const rules = [...failing]
      .sort((a, b) => (a[1] === b[1] ? 0 : a[1] === 'error' ? -1 : 1))
      .map(([id]) => id);
    keepWorst(stats.worst, [
      { name: checked.name, agency: report.agency.name, year: report.year, level, errors, warnings, rules },
    ]);
  }
}

/** Where a finding counts: its cell, or for an equation's error the equation (named with its rule). */
function placeEntry(stats: Stats, f: Checked['findings'][number], locale: Locale): CellCount {
  const place = findingPlace(f, locale);
  return entry(stats.cells, place.key, () => ({
    label:
      place.key === f.path
        ? place.label
        : `${place.label}${locale === 'en' ? ': ' : '：'}${ruleTitle(f.rule, locale)}`,
    errors: 0,
    warnings: 0,
  }));
}

/** The record's entry for `key`, created on first use. */
function entry<T>(record: Record<string, T>, key: string, make: () => T): T {
  let value = record[key];
  if (value === undefined) {
    value = make();
    record[key] = value;
  }
  return value;
}

function newGroup(): Group {
  return { reports: 0, withErrors: 0, rules: {} };
}

function addToGroup(group: Group, failing: Map<string, unknown>, hasErrors: boolean): void {
  group.reports++;
  if (hasErrors) group.withErrors++;
  for (const id of failing.keys()) group.rules[id] = (group.rules[id] ?? 0) + 1;
}

/** Orders reports for the "look at first" list: errors first, then warnings, then by name for repeatable runs. */
export function compareWorst(a: WorstReport, b: WorstReport): number {
  return b.errors - a.errors || b.warnings - a.warnings || a.name.localeCompare(b.name);
}

function keepWorst(into: WorstReport[], more: WorstReport[]): void {
  const lowest = into.length >= WORST_KEPT ? into[into.length - 1] : undefined;
  let changed = false;
  for (const r of more) {
    if (lowest && compareWorst(r, lowest) >= 0) continue;
    into.push(r);
    changed = true;
  }
  if (!changed) return;
  into.sort(compareWorst);
  into.length = Math.min(into.length, WORST_KEPT);
}

/** Adds the stats of one batch into the running total. */
export function mergeStats(into: Stats, part: Stats): Stats {
  into.reports += part.reports;
  into.withErrors += part.withErrors;
  for (const [id, r] of Object.entries(part.rules)) {
    const to = entry(into.rules, id, () => ({ reports: 0, findings: 0, unchecked: 0 }));
    to.reports += r.reports;
    to.findings += r.findings;
    to.unchecked += r.unchecked;
  }
  mergeGroups(into.byLevel, part.byLevel);
  mergeGroups(into.byYear, part.byYear);
  for (const [path, c] of Object.entries(part.cells)) {
    const to = entry(into.cells, path, () => ({ label: c.label, errors: 0, warnings: 0 }));
    to.errors += c.errors;
    to.warnings += c.warnings;
  }
  mergeLikely(into.likely, part.likely);
  for (const [key, b] of Object.entries(part.bodies)) {
    const to = entry(into.bodies, key, () => ({ agency: b.agency, years: {} }));
    for (const [y, c] of Object.entries(b.years)) {
      const year = entry(to.years, y, () => ({ errors: 0, warnings: 0, reports: 0 }));
      year.errors += c.errors;
      year.warnings += c.warnings;
      year.reports += c.reports;
    }
  }
  keepWorst(into.worst, part.worst);
  into.brokenCount += part.brokenCount;
  for (const b of part.broken) if (into.broken.length < BROKEN_KEPT) into.broken.push(b);
  into.notCheckedCount += part.notCheckedCount;
  for (const b of part.notChecked) if (into.notChecked.length < BROKEN_KEPT) into.notChecked.push(b);
  return into;
}

function mergeGroups(into: Record<string, Group>, part: Record<string, Group>): void {
  for (const [key, g] of Object.entries(part)) {
    const to = entry(into, key, () => newGroup());
    to.reports += g.reports;
    to.withErrors += g.withErrors;
    for (const [id, n] of Object.entries(g.rules)) to.rules[id] = (to.rules[id] ?? 0) + n;
  }
}
