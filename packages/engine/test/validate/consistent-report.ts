import { createEmptyReport, formatsOf, getCell, layoutOf, type Report, setCell } from '@gongkai/schema';
import { computeTotals } from '../../src/index.js';

/** A source of whole numbers ≥ 1, so generated reports can come from fast-check or a fixed seed. */
export type Draw = () => number;

/** A small deterministic generator (mulberry32) for benchmarks and examples. */
export function seeded(seed: number, max = 50): Draw {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return 1 + ((((t ^ (t >>> 14)) >>> 0) % max) as number);
  };
}

/**
 * A report in which every cell is filled in, non-zero and consistent with every equation of the
 * catalogue: free cells drawn, the first cell of each balance solved for, the rest derived by
 * `computeTotals`. Driven by the layout's equations, so it follows the catalogue.
 */
export function consistentReport(draw: Draw, version: '2021' | '2019' = '2021'): Report {
  const report = createEmptyReport({
    formatVersion: version,
    year: version === '2021' ? 2024 : 2020,
    agency: { name: '某市人民政府', level: 'city' },
  });
  report.narrative = {
    overview: '本年度政府信息公开工作有序开展。',
    problems: '存在的问题已经逐项整改。',
    otherMatters: '本年度未收取信息处理费。',
  };
  const layout = layoutOf(formatsOf(report));
  const balances = layout.equations.filter((e) => e.rule === 'applications.balance');
  // Cells the other sums derive (totals); a balance's derived cell (结转下年度) is drawn instead.
  const totals = new Set(
    layout.equations.flatMap((e) => (e.derive && e.rule !== 'applications.balance' ? [e.derive] : [])),
  );
  const solved = new Set(balances.map((e) => e.lhs[0] as string));
  for (const cell of layout.cells) {
    if (totals.has(cell.address) || solved.has(cell.address)) continue;
    const n = draw();
    setCell(report, cell.address, cell.kind === 'amount' ? n + 0.25 : n);
  }
  // Totals of the result rows first, then solve each balance for its first cell (一, 本年新收).
  let filled = computeTotals(report).report;
  const value = (r: Report, a: string) => getCell(r, a) ?? null;
  for (const eq of balances) {
    const [free, other] = eq.lhs as [string, string];
    if (totals.has(free)) continue;
    const right = eq.rhs.reduce((s, a) => s + (value(filled, a) ?? Number.NaN), 0);
    // Keep the carried-over cell below the right-hand side so that 本年新收 stays ≥ 1.
    const over = Math.min(value(filled, other) as number, right - 1);
    setCell(filled, other, over);
    setCell(filled, free, right - over);
  }
  // The carried-over cells changed: derive every total again from the final parts.
  for (const address of totals) setCell(filled, address, null);
  filled = computeTotals(filled).report;
  return filled;
}
