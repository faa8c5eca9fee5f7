import { type FormatVersion, tableDef } from '@gongkai/schema';
import { sectionParams } from '../diagnostics/section-params.js';
import { fitCells, fitLoose } from '../figures/fit.js';
import { catalogueRows } from './catalogue-rows.js';
import { type Placing, placeValue } from './place-row.js';

/** Section 四 printed across: one line of 15 figures, 行政复议 then the two 行政诉讼 groups. */
export function placeAppealsFigures(p: Placing, version: FormatVersion): void {
  const { walk, placed } = p;
  if (walk.appealsFigures.length === 0) return;
  const def = tableDef('appeals', version);
  const rows = catalogueRows('appeals', def);
  const columns = def.blocks[0]?.columns ?? [];
  const cells: string[] = [];
  for (const f of walk.appealsFigures) for (const c of f.cells) cells.push(c);
  const n = rows.length * columns.length;
  const first = walk.appealsFigures[0]!.line;
  const loose = walk.appealsFigures.some((f) => f.line.loose);
  // Each row of figures (复议, the two 诉讼) ends with its total: glued figures are cut by those sums.
  const totalLast = columns[columns.length - 1]?.isTotal === true;
  const fitted = loose
    ? fitLoose(
        cells,
        rows.map(() => columns.length),
        totalLast,
      )
    : fitCells(cells, n, false);
  const where = { line: first.no, section: 'appeals' as const, source: first.text };
  if (fitted.status === 'ambiguous' || (walk.appealsFigures.length > 1 && cells.length !== n)) {
    // Figures on several lines that are not one per cell: which cell each belongs to cannot be told.
    p.diag.add(
      'row.ambiguous',
      { row: sectionParams('appeals').section, text: cells.join(' '), count: n },
      { ...where, path: 'appeals' },
    );
    return;
  }
  if (fitted.status === 'split') {
    p.diag.add(
      'row.split',
      { row: sectionParams('appeals').section, text: fitted.run, values: fitted.cells.join(', ') },
      { ...where, path: 'appeals' },
    );
  }
  rows.forEach((r, ri) => {
    const rowAddress = r.address;
    if (placed.rows.has(rowAddress)) return;
    placed.rows.add(rowAddress);
    const target = p.blank.row(rowAddress);
    columns.forEach((column, ci) => {
      const text = fitted.cells[ri * columns.length + ci] ?? '';
      placeValue(p, target, rowAddress, column.key, text, column.kind, where);
    });
  });
}
