import { formatsOf, type Report, setCell } from '@gongkai/schema';
import { planOf, readCells } from './plan.js';

/**
 * Fills every cell the format lets one derive from the others (each 总计 of 三, （七）总计, each
 * 总计 of 四, and 结转下年度 from the balance) where it is blank and the cells it comes from are all
 * filled in. Returns a new report and the addresses derived, in printed order; never overwrites a
 * value, and never derives a negative count.
 */
export function computeTotals(report: Report): { report: Report; derived: string[] } {
  const plan = planOf(formatsOf(report));
  const { numbers } = readCells(report, plan);
  const derived: number[] = [];
  // A derived cell can feed another equation ((七)总计's 总计 needs the row totals), so repeat until
  // nothing changes; each pass fills at least one cell, so this ends.
  for (let changed = true; changed; ) {
    changed = false;
    for (const eq of plan.derivations) {
      if (!Number.isNaN(numbers[eq.derive] as number)) continue;
      const onLeft = eq.lhs.includes(eq.derive);
      const [same, other] = onLeft ? [eq.lhs, eq.rhs] : [eq.rhs, eq.lhs];
      let value = 0;
      for (const i of other) value += numbers[i] as number;
      for (const i of same) if (i !== eq.derive) value -= numbers[i] as number;
      if (Number.isNaN(value) || value < 0) continue;
      numbers[eq.derive] = value;
      derived.push(eq.derive);
      changed = true;
    }
  }
  const out = structuredClone(report);
  derived.sort((a, b) => a - b);
  for (const i of derived) setCell(out, plan.cells[i]?.address as string, numbers[i] as number);
  return { report: out, derived: derived.map((i) => plan.cells[i]?.address as string) };
}
