import type { CorpusEntry } from '@gongkai/corpus';
import { formatsOf, getCell, layoutOf, type Report } from '@gongkai/schema';

/** How many of an entry's cells the imported report gets right, and which it gets wrong. */
export function compareCells(entry: CorpusEntry, report: Report) {
  const expected = entry.expected;
  const layout = layoutOf(formatsOf(report));
  const wrong: string[] = [];
  let total = 0;
  for (const cell of layout.cells) {
    // A table whose format cannot be told (the fragment's 三) is compared on the printed cells only.
    total++;
    const want = expected.cells[cell.address] ?? null;
    const got = getCell(report, cell.address) ?? null;
    if (want !== got) wrong.push(`${cell.address}: want ${want} got ${got}`);
  }
  for (const address of Object.keys(expected.cells)) {
    if (!layout.cellByAddress.has(address)) wrong.push(`${address}: not in the imported layout`);
  }
  return { matched: total - wrong.length, total, wrong };
}
