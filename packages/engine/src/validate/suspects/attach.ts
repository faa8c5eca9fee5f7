import type { Report } from '@gongkai/schema';
import type { Suspect } from '../../findings.js';
import type { Check } from '../context.js';
import { checkOf } from '../context.js';
import { failingEquations } from './fixes.js';
import { proposeFor } from './propose.js';
import { type System, systemOf, withCarryOver } from './system.js';

/** The failing sums of a report grouped by component, with the suspects of each. */
export interface Explained {
  system: System;
  /** Failing equation → the suspects of its component. */
  byEquation: Map<number, Suspect[]>;
}

/**
 * Treats the report's sums (and, given last year's report, the carry-over) as one system and finds,
 * for each group of failing sums that share cells, the smallest change that makes them all hold.
 */
export function explain(check: Check, previous?: Report): Explained {
  const { plan, numbers, locale } = check;
  let system = systemOf(plan);
  if (previous && previous.year === check.report.year - 1) {
    const last = checkOf(previous, locale);
    system = withCarryOver(plan, (a) => {
      const i = last.plan.indexOf.get(a);
      return i === undefined ? Number.NaN : (last.numbers[i] as number);
    });
  }
  const all = Array.from({ length: system.count }, (_, e) => e);
  const failing = failingEquations(system, numbers, all);
  const byEquation = new Map<number, Suspect[]>();
  const byComponent = new Map<number, number[]>();
  for (const e of failing) {
    const c = system.component[e] as number;
    const list = byComponent.get(c);
    if (list) list.push(e);
    else byComponent.set(c, [e]);
  }
  for (const [component, fails] of byComponent) {
    const equations = all.filter((e) => system.component[e] === component);
    const suspects = proposeFor(system, numbers, equations, fails, locale);
    for (const e of fails) byEquation.set(e, suspects);
  }
  return { system, byEquation };
}

/**
 * Gives every failing arithmetic finding (and `cross-year.carry-over`) the suspects of its sums.
 * Costs nothing when every sum holds: the solver runs only when a finding says one does not.
 */
export function attachSuspects(check: Check, previous?: Report): void {
  const rules = new Set([...systemOf(check.plan).rules, 'cross-year.carry-over']);
  const targets = check.findings.filter((f) => f.severity === 'error' && rules.has(f.rule));
  if (targets.length === 0) return;
  const { system, byEquation } = explain(check, previous);
  // Each failing sum is reported on the cell it derives (its total, or 结转下年度), the carry-over
  // on 上年结转: the rule and that cell name one equation.
  const ofKey = new Map<string, number>();
  for (const e of byEquation.keys()) {
    const eq = check.plan.equations[e];
    const cell = eq ? eq.derive : ((system.cells[e] as Int32Array)[0] as number);
    ofKey.set(`${system.rules[e]}|${check.plan.cells[cell]?.address}`, e);
  }
  for (const f of targets) {
    const e = ofKey.get(`${f.rule}|${f.path}`);
    const suspects = e === undefined ? undefined : byEquation.get(e);
    if (suspects) f.suspects = suspects.map((s) => ({ ...s, cells: [...s.cells], values: [...s.values], was: [...s.was] }));
  }
}
