import type { DerivedCopy } from '@gongkai/corpus/derive';
import { formatsOf, getCell, layoutOf, type Report } from '@gongkai/schema';

/** Placed, blank and wrong cells of an import of a derived copy, against the cells the copy prints. */
export interface CopyScore {
  /** Printed figures the import placed, equal to the copy's. */
  placed: number;
  /** Printed figures the import left blank. */
  blank: number;
  /** Printed figures: the cells the copy carries a number in. */
  printed: number;
  /** Cells holding another number than the copy's, or a number where the copy prints none. */
  wrong: string[];
}

export function scoreCopy(copy: DerivedCopy, report: Report): CopyScore {
  const layout = layoutOf(formatsOf(report));
  const score: CopyScore = { placed: 0, blank: 0, printed: 0, wrong: [] };
  const addresses = new Set([...layout.cells.map((c) => c.address), ...Object.keys(copy.cells)]);
  for (const address of addresses) {
    const want = copy.cells[address] ?? null;
    const got = layout.cellByAddress.has(address) ? (getCell(report, address) ?? null) : null;
    if (want !== null) score.printed++;
    if (got === null) {
      if (want !== null) score.blank++;
    } else if (got === want) score.placed++;
    else score.wrong.push(`${address}: want ${want} got ${got}`);
  }
  return score;
}
