import type { Report } from '@gongkai/schema';
import type { Check } from '../context.js';
import { proposeBlanks } from './blanks.js';
import { attributeCarryOver } from './carry-over.js';
import { explain } from './explain.js';
import { systemOf } from './system.js';

/**
 * Gives every failing arithmetic finding (and `cross-year.carry-over`) the suspects of its sums; when
 * none fails, the "could not check" notes the values their blank cells must take. The solver runs
 * only when a finding says a sum fails; a report whose sums hold pays for one pass at most.
 */
export function attachSuspects(check: Check, previous?: Report): void {
  const system = systemOf(check.plan);
  const { ruleSet } = system;
  const targets = check.findings.filter(
    (f) => f.severity === 'error' && (ruleSet.has(f.rule) || f.rule === 'cross-year.carry-over'),
  );
  if (targets.length === 0) {
    const notes = check.findings.filter((f) => f.severity === 'info' && ruleSet.has(f.rule));
    if (notes.length > 0) proposeBlanks(check, system, notes);
    return;
  }
  const { system: solved, byEquation } = explain(check, previous);
  // Each failing sum is reported on the cell it derives (its total, or 结转下年度), the carry-over
  // on 上年结转: the rule and that cell name one equation.
  const ofKey = new Map<string, number>();
  for (const e of byEquation.keys()) {
    const eq = check.plan.equations[e];
    const cell = eq ? eq.derive : ((solved.cells[e] as Int32Array)[0] as number);
    ofKey.set(`${solved.rules[e]}|${check.plan.cells[cell]?.address}`, e);
  }
  for (const f of targets) {
    const e = ofKey.get(`${f.rule}|${f.path}`);
    const suspects = e === undefined ? undefined : byEquation.get(e);
    if (suspects)
      f.suspects = suspects.map((s) => ({
        ...s,
        cells: [...s.cells],
        values: [...s.values],
        was: [...s.was],
      }));
  }
  if (previous) attributeCarryOver(check, previous, targets);
}
