import { getCell, type Layout, type Report, setCell } from '@gongkai/schema';
import { type CodedCell, codeIndex, codeOf } from './lines.js';

/**
 * Puts every row's figures back in printed order. A grid row is read whole: when its scanned line holds
 * exactly as many figures as the catalogue's row has columns, the n-th figure is the n-th column, whatever
 * the importer made of a garbled label beside them (it may take a label for a figure and shift the rest).
 */
export function placeInPrintedOrder(report: Report, layout: Layout, coded: readonly CodedCell[]): void {
  const byLine = new Map<number, number[]>();
  coded.forEach((c, i) => {
    const list = byLine.get(c.line) ?? [];
    list.push(i);
    byLine.set(c.line, list);
  });
  const rows = new Map<string, string[]>();
  for (const def of layout.cells) {
    const key = `${def.table}.${def.rowAddress}`;
    const list = rows.get(key) ?? [];
    list.push(def.address);
    rows.set(key, list);
  }
  for (const addresses of rows.values()) {
    const lines = new Map<number, number>();
    for (const a of addresses) {
      const at = codeIndex(getCell(report, a), coded);
      if (at !== undefined) lines.set(coded[at]!.line, (lines.get(coded[at]!.line) ?? 0) + 1);
    }
    if (lines.size === 0) continue;
    const line = [...lines.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const printed = byLine.get(line)!;
    if (printed.length !== addresses.length) continue;
    addresses.forEach((a, i) => {
      setCell(report, a, codeOf(printed[i]!));
    });
  }
}
