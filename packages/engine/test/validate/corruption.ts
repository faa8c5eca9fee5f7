import type { CorpusEntry } from '@gongkai/corpus';
import { formatsOf, getCell, type Report, setCell } from '@gongkai/schema';
import { type Finding, validate } from '../../src/index.js';
import { planOf } from '../../src/validate/plan.js';
import { systemOf } from '../../src/validate/suspects/system.js';

/** The slips the issue corrupts a cell with; each gives the printed value, or undefined where it cannot apply. */
export const slips: Record<string, (v: number) => number | undefined> = {
  'plus 1': (v) => v + 1,
  'plus 10': (v) => v + 10,
  'minus 1': (v) => (v >= 1 ? v - 1 : undefined),
  'two digits swapped': (v) => {
    const s = String(v);
    for (let i = 0; i + 1 < s.length; i++) {
      const t = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
      if (t !== s && t[0] !== '0') return Number(t);
    }
    return undefined;
  },
  'a digit dropped': (v) => (v >= 10 ? Number(String(v).slice(0, -1)) : undefined),
  'set to 0': (v) => (v !== 0 ? 0 : undefined),
};

/** One corrupted report and what the suspects said about it. */
export interface Outcome {
  report: string;
  cell: string;
  slip: string;
  truth: number;
  /** Whether any sum failed (a corruption the sums cannot see is not counted). */
  detected: boolean;
  /** How many sums that can be checked the corrupted cell sits in. */
  sums: number;
  confidence?: string;
  /** Whether the first suspect is the corrupted cell with its true value. */
  topRight: boolean;
}

/** The cells of a report that some sum reads and that are filled in: the ones worth corrupting. */
export function dataCells(report: Report): string[] {
  const plan = planOf(formatsOf(report));
  const system = systemOf(plan);
  return plan.cells
    .map((c, i) => ({ c, i }))
    .filter(
      ({ c, i }) => (system.ofCell[i]?.length ?? 0) > 0 && typeof getCell(report, c.address) === 'number',
    )
    .map(({ c }) => c.address);
}

/** The number of sums reading `cell` whose other cells are all filled in. */
function checkedSums(report: Report, cell: string): number {
  const plan = planOf(formatsOf(report));
  const system = systemOf(plan);
  const i = plan.indexOf.get(cell) as number;
  return (system.ofCell[i] ?? []).filter((e) =>
    Array.from(system.cells[e] as Int32Array).every(
      (c) => typeof getCell(report, plan.cells[c]?.address as string) === 'number',
    ),
  ).length;
}

/** Corrupts one cell of a corpus report with one slip and reads the suspects. */
export function corrupt(
  entry: CorpusEntry,
  previous: Report | undefined,
  cell: string,
  slip: string,
): Outcome | undefined {
  const truth = getCell(entry.report, cell) as number;
  const printed = slips[slip]?.(truth);
  if (printed === undefined || printed === truth) return undefined;
  const report = structuredClone(entry.report);
  setCell(report, cell, printed);
  const findings = validate(report, previous ? { previous } : {});
  const broken = findings.find((f: Finding) => f.severity === 'error' && f.suspects);
  const top = broken?.suspects?.[0];
  return {
    report: entry.id,
    cell,
    slip,
    truth,
    detected: broken !== undefined,
    sums: checkedSums(report, cell),
    confidence: top?.confidence,
    topRight: top !== undefined && top.cells.length === 1 && top.cells[0] === cell && top.values[0] === truth,
  };
}

/** The three figures over a set of outcomes. */
export function figures(outcomes: readonly Outcome[]) {
  const seen = outcomes.filter((o) => o.detected);
  const pinned = seen.filter((o) => o.sums >= 2);
  const lone = seen.filter((o) => o.sums === 1);
  const certain = seen.filter((o) => o.confidence === 'certain');
  return {
    corrupted: outcomes.length,
    detected: seen.length,
    /** (a) top suspect right where the cell sits in two or more checked sums (a one-cell fix can be unique). */
    topRightPinned: pinned.filter((o) => o.topRight).length / Math.max(1, pinned.length),
    pinned: pinned.length,
    /** Top suspect right over every detected corruption. */
    topRightAll: seen.filter((o) => o.topRight).length / Math.max(1, seen.length),
    certain: certain.length,
    /** (b) certain proposals that are wrong. */
    certainWrong: certain.filter((o) => !o.topRight).length,
    /** (c) ambiguous where the cell sits in only one checked sum. */
    ambiguousLone: lone.filter((o) => o.confidence === 'ambiguous').length / Math.max(1, lone.length),
    lone: lone.length,
  };
}
