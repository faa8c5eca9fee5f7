import type { Checked } from '../batch/check.js';

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

/** A cell (or section) where findings land, across all reports. */
export interface CellCount {
  errors: number;
  warnings: number;
}

/** Everything `stats` reports, small enough to add up batch by batch however many reports there are. */
export interface Stats {
  reports: number;
  withErrors: number;
  rules: Record<string, RuleCount>;
  byLevel: Record<string, Group>;
  byYear: Record<string, Group>;
  cells: Record<string, CellCount>;
  worst: WorstReport[];
  broken: { name: string; reason: string }[];
}

/** How many reports the "look at first" list keeps, and how many unreadable files are named. */
export const WORST_KEPT = 100;
export const BROKEN_KEPT = 1000;

/** Stats of nothing. */
export function emptyStats(): Stats {
  return { reports: 0, withErrors: 0, rules: {}, byLevel: {}, byYear: {}, cells: {}, worst: [], broken: [] };
}

/** Adds one checked report (or unreadable input) to the stats. */
export function addChecked(stats: Stats, checked: Checked): void {
  if (checked.broken || !checked.report) {
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
    const cell = entry(stats.cells, f.path, () => ({ errors: 0, warnings: 0 }));
    if (f.severity === 'error') cell.errors++;
    else cell.warnings++;
  }
  for (const id of failing.keys()) (stats.rules[id] as RuleCount).reports++;
  stats.reports++;
  if (errors > 0) stats.withErrors++;
  const level = report.agency.level ?? 'unknown';
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
    const to = entry(into.cells, path, () => ({ errors: 0, warnings: 0 }));
    to.errors += c.errors;
    to.warnings += c.warnings;
  }
  keepWorst(into.worst, part.worst);
  for (const b of part.broken) if (into.broken.length < BROKEN_KEPT) into.broken.push(b);
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
