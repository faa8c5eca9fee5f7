import { getCell, type Layout, type Report } from '@gongkai/schema';

/**
 * Which figures the format's sums vouch for: a cell is verified when one of its equations has every cell
 * filled in and holds; it is suspect when one of them has every cell filled in and fails. An equation with
 * a blank cell (an OCR figure not read) vouches for nothing: its other cells stay unchecked.
 */
export function sumsOf(report: Report, layout: Layout): { verified: Set<string>; broken: Set<string> } {
  const verified = new Set<string>();
  const broken = new Set<string>();
  for (const eq of layout.equations) {
    const cells = [...eq.lhs, ...eq.rhs];
    const values = cells.map((a) => getCell(report, a));
    if (values.some((v) => v === null || v === undefined)) continue;
    const sum = (list: readonly string[]) => list.reduce((s, a) => s + (getCell(report, a) as number), 0);
    const holds = Math.abs(sum(eq.lhs) - sum(eq.rhs)) < 1e-6;
    for (const a of cells) (holds ? verified : broken).add(a);
  }
  return { verified, broken };
}
