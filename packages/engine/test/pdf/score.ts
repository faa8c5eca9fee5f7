import { formatsOf, getCell, layoutOf, type Report } from '@gongkai/schema';

/** Cells an import got right, left blank, or got wrong (a wrong figure is the one thing never allowed). */
export function score(want: Report, got: Report) {
  const out = { right: 0, blank: [] as string[], wrong: [] as string[], notes: [] as string[] };
  const cells = layoutOf(formatsOf(want)).cells;
  for (const cell of cells) {
    const w = getCell(want, cell.address) ?? null;
    const g = getCell(got, cell.address) ?? null;
    if (w === g) out.right++;
    else if (g === null) out.blank.push(cell.address);
    else out.wrong.push(`${cell.address}: want ${w} got ${g}`);
    const wn = want.annotations?.[cell.address];
    const gn = got.annotations?.[cell.address];
    if (wn !== gn) out.notes.push(`${cell.address}: want ${wn} got ${gn}`);
  }
  return { ...out, total: cells.length };
}
