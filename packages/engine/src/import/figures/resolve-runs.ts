import { type EquationDef, formatsOf, layoutOf, type Report } from '@gongkai/schema';
import { rowObject } from '../assemble/skeleton.js';
import type { DiagnosticCollector, Where } from '../diagnostics/collector.js';

/** A row whose figures ran together into one digit run that splits more than one way. */
export interface AmbiguousRun {
  rowAddress: string;
  label: string;
  run: string;
  /** The row's columns were not all printed apart (a PDF table without rules): the reason it is blank. */
  columnsUnsure?: boolean;
  /** Column keys in printed order. */
  order: readonly string[];
  /** The possible splits, figures in column order. */
  candidates: readonly (readonly string[])[];
  where: Where;
}

// Combinations of splits tried together (rows glued in the same table share column sums).
const MAX_COMBINATIONS = 4096;

/**
 * Chooses the split of each glued row that makes the table's sums hold (（七）总计 = the result rows, row
 * totals, 一+二 = 三+四): the one combination under which no sum breaks and at least one checks. Rows it
 * cannot decide stay blank and are reported. Returns how many figures were placed.
 */
export function resolveRuns(
  report: Report,
  runs: readonly AmbiguousRun[],
  diag: DiagnosticCollector,
): number {
  if (runs.length === 0) return 0;
  // Rows no sum ties together are decided apart: a row of 二 that splits three ways must not stop the
  // sums of 三 from deciding its rows (nor multiply the combinations tried).
  const rowOf = (address: string) => address.slice(0, address.lastIndexOf('.'));
  const group = runs.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (group[root] !== root) root = group[root]!;
    return root;
  };
  const at = new Map(runs.map((r, i) => [r.rowAddress, i]));
  const equations = layoutOf(formatsOf(report)).equations;
  for (const e of equations) {
    let first: number | undefined;
    for (const a of [...e.lhs, ...e.rhs]) {
      const i = at.get(rowOf(a));
      if (i === undefined) continue;
      if (first === undefined) first = i;
      else group[find(i)] = find(first);
    }
  }
  const groups = new Map<number, AmbiguousRun[]>();
  runs.forEach((r, i) => {
    const g = find(i);
    groups.set(g, [...(groups.get(g) ?? []), r]);
  });
  let placed = 0;
  for (const g of groups.values()) placed += resolveGroup(report, g, equations, diag);
  return placed;
}

/** The sum of cells, or undefined when one is blank (a blank sum checks nothing). */
function sumOf(cells: readonly { row: Record<string, number | null>; key: string }[]): number | undefined {
  let sum = 0;
  for (const c of cells) {
    const v = c.row[c.key];
    if (v === null || v === undefined) return undefined;
    sum += v;
  }
  return sum;
}

/** `resolveRuns` for rows that sums tie together. */
function resolveGroup(
  report: Report,
  runs: readonly AmbiguousRun[],
  all: readonly EquationDef[],
  diag: DiagnosticCollector,
): number {
  const rows = runs.map((r) => rowObject(report, r.rowAddress));
  const touched = new Set(runs.map((r) => r.rowAddress));
  // Each sum's cells reached once: the combinations read them many times.
  const cellOf = (address: string) => {
    const dot = address.lastIndexOf('.');
    return { row: rowObject(report, address.slice(0, dot)), key: address.slice(dot + 1) };
  };
  const known = runs.every((r) => r.candidates.length > 0);
  const equations = known
    ? all
        .filter((e) => [...e.lhs, ...e.rhs].some((a) => touched.has(a.slice(0, a.lastIndexOf('.')))))
        .map((e) => {
          const lhs = e.lhs.map(cellOf);
          const rhs = e.rhs.map(cellOf);
          const mine = new Set([...lhs, ...rhs].map((c) => rows.indexOf(c.row)).filter((i) => i >= 0));
          return { lhs, rhs, runs: [...mine] };
        })
    : [];
  // The splits still possible for each row, as indices into its candidates.
  const alive = runs.map((r) => r.candidates.map((_, k) => k));
  const set = (i: number, k: number | undefined) => {
    const split = k === undefined ? undefined : runs[i]!.candidates[k];
    runs[i]!.order.forEach((key, c) => {
      rows[i]![key] = split ? Number(split[c]) : null;
    });
  };
  const apply = (choice: readonly number[] | undefined) => {
    for (let i = 0; i < runs.length; i++) set(i, choice ? alive[i]![choice[i]!] : undefined);
  };
  const holds = (e: (typeof equations)[number]) => {
    const l = sumOf(e.lhs);
    const r = sumOf(e.rhs);
    return l === undefined || r === undefined ? undefined : l === r;
  };
  // A sum with only one glued row in it tells that row's splits apart by itself: those it breaks are out.
  apply(undefined);
  for (const e of equations) {
    if (e.runs.length !== 1) continue;
    const i = e.runs[0]!;
    alive[i] = alive[i]!.filter((k) => {
      set(i, k);
      const held = holds(e);
      set(i, undefined);
      return held !== false;
    });
  }
  const combinations = alive.reduce((n, a) => n * Math.max(1, a.length), 1);
  const decidable = known && combinations <= MAX_COMBINATIONS && alive.every((a) => a.length > 0);
  let winner: number[] | undefined;
  let winners = 0;
  if (decidable) {
    const choice = runs.map(() => 0);
    for (let n = 0; n < combinations; n++) {
      let rest = n;
      alive.forEach((a, i) => {
        choice[i] = rest % a.length;
        rest = Math.floor(rest / a.length);
      });
      apply(choice);
      let held = 0;
      let broken = false;
      for (const e of equations) {
        const h = holds(e);
        if (h === true) held++;
        else if (h === false) {
          broken = true;
          break;
        }
      }
      if (!broken && held > 0) {
        winners++;
        winner = [...choice];
      }
    }
  }
  if (winners === 1 && winner) {
    apply(winner);
    runs.forEach((r, i) => {
      const values = r.candidates[alive[i]![winner![i]!]!]!.join(', ');
      diag.add('row.split', { row: r.label, text: r.run, values }, { ...r.where, path: r.rowAddress });
    });
    return runs.reduce((n, r) => n + r.order.length, 0);
  }
  apply(undefined);
  for (const r of runs) {
    const code: 'row.columns-unsure' | 'row.ambiguous' = r.columnsUnsure
      ? 'row.columns-unsure'
      : 'row.ambiguous';
    diag.add(code, { row: r.label, text: r.run, count: r.order.length }, { ...r.where, path: r.rowAddress });
  }
  return 0;
}
