import type { Report } from '@gongkai/schema';
import type { Suspect } from '../../findings.js';
import { type Check, previousCheckOf } from '../context.js';
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
    const last = previousCheckOf(previous, locale);
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
