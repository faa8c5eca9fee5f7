import {
  formatsOf,
  getCell,
  type Locale,
  type Report,
  rowsOf,
  type TableDef,
  type TableId,
  tableDef,
} from '@gongkai/schema';
import { printedValue } from './long-form.js';

/** One printed cell of a table laid out like the official form. */
export interface GridCell {
  text: string;
  colspan: number;
  rowspan: number;
  /** Header, sub-table heading or row label (not a figure). */
  label: boolean;
  /** Address of the figure, for value cells. */
  address?: string;
}

/** A table on its grid: `undefined` marks a position covered by a merged cell above or to the left. */
export type Grid = (GridCell | undefined)[][];

const label = (text: string, colspan = 1, rowspan = 1): GridCell => ({ text, colspan, rowspan, label: true });

/** Places cells row by row, skipping positions that merged cells cover. */
class GridBuilder {
  readonly rows: Grid = [];
  constructor(readonly width: number) {}
  row(cells: GridCell[]): void {
    const r = this.rows.length;
    this.rows[r] ??= Array<GridCell | undefined>(this.width).fill(undefined);
    const covered = this.covered[r] ?? new Set<number>();
    let c = 0;
    for (const cell of cells) {
      while (covered.has(c)) c++;
      this.rows[r]![c] = cell;
      for (let dr = 0; dr < cell.rowspan; dr++) {
        for (let dc = 0; dc < cell.colspan; dc++) {
          if (dr === 0 && dc === 0) continue;
          let covered = this.covered[r + dr];
          if (!covered) {
            covered = new Set();
            this.covered[r + dr] = covered;
          }
          covered.add(c + dc);
        }
      }
      c += cell.colspan;
    }
  }
  private readonly covered: Set<number>[] = [];
}

function figure(report: Report, address: string, colspan = 1): GridCell {
  const value = getCell(report, address);
  return {
    text: printedValue(value, report.annotations?.[address]),
    colspan,
    rowspan: 1,
    label: false,
    address,
  };
}

/** Section 二: each 第二十条 sub-table under its heading, columns widened to the widest sub-table. */
function activeGrid(report: Report, def: TableDef, locale: Locale): Grid {
  const width = 1 + Math.max(...def.blocks.map((b) => b.columns.length));
  const g = new GridBuilder(width);
  const rows = rowsOf(def);
  def.blocks.forEach((block, b) => {
    if (block.heading) g.row([label(block.heading[locale], width)]);
    const stretch = (i: number) => (i === block.columns.length - 1 ? width - block.columns.length : 1);
    g.row([
      label(block.stubHeader?.[locale] ?? ''),
      ...block.columns.map((c, i) => label(c.label[locale], stretch(i))),
    ]);
    for (const r of rows.filter((p) => p.block === b)) {
      const address = `${def.id}.${r.path.join('.')}`;
      g.row([
        label(r.row.label[locale]),
        ...block.columns.map((c, i) => figure(report, `${address}.${c.key}`, stretch(i))),
      ]);
    }
  });
  return g.rows;
}

/** Section 三: three label columns (办理结果, its group, the row) before the seven applicant columns. */
function applicationsGrid(report: Report, def: TableDef, locale: Locale): Grid {
  const block = def.blocks[0]!;
  const columns = block.columns;
  const width = 3 + columns.length;
  const g = new GridBuilder(width);
  const groups = block.columnGroups ?? [];
  const top = groups.find((x) => !x.parent);
  const sub = groups.find((x) => x.parent);
  g.row([label(def.note?.[locale] ?? '', 3, 3), label(top?.label[locale] ?? '', columns.length)]);
  const subColumns = columns.filter((c) => c.group === sub?.id);
  const second: GridCell[] = [];
  let subDone = false;
  for (const c of columns) {
    if (c.group === sub?.id) {
      if (!subDone) second.push(label(sub?.label[locale] ?? '', subColumns.length));
      subDone = true;
    } else second.push(label(c.label[locale], 1, 2));
  }
  g.row(second);
  g.row(subColumns.map((c) => label(c.label[locale])));
  const placements = rowsOf(def);
  const outer = (block.rows.find((n) => n.kind === 'group' && !n.key) ?? undefined) as
    | { label: { zh: string; en: string } }
    | undefined;
  const inOuter = placements.filter((p) => p.groups.length > 0);
  let outerDone = false;
  const groupDone = new Set<string>();
  for (const p of placements) {
    const address = `${def.id}.${p.path.join('.')}`;
    const cells: GridCell[] = [];
    if (p.groups.length === 0) cells.push(label(p.row.label[locale], 3));
    else {
      if (!outerDone && outer) {
        cells.push(label(outer.label[locale], 1, inOuter.length));
        outerDone = true;
      }
      const group = p.groups[1];
      if (group) {
        if (!groupDone.has(group.zh)) {
          const size = placements.filter((q) => q.groups[1]?.zh === group.zh).length;
          cells.push(label(group[locale], 1, size));
          groupDone.add(group.zh);
        }
        cells.push(label(p.row.label[locale]));
      } else cells.push(label(p.row.label[locale], 2));
    }
    g.row([...cells, ...columns.map((c) => figure(report, `${address}.${c.key}`))]);
  }
  return g.rows;
}

/** Section 四, printed across: 行政复议 and 行政诉讼 (two groups) over one line of fifteen figures. */
function appealsGrid(report: Report, def: TableDef, locale: Locale): Grid {
  const columns = def.blocks[0]!.columns;
  const rows = rowsOf(def);
  const spanning = def.rowGroups ?? [];
  const n = columns.length;
  const g = new GridBuilder(rows.length * n);
  const top: GridCell[] = [];
  const second: GridCell[] = [];
  const third: GridCell[] = [];
  for (const r of rows) {
    const key = r.path.join('.');
    const group = spanning.find((s) => s.rows.includes(key));
    if (!group) {
      top.push(label(r.row.label[locale], n));
      for (const c of columns) second.push(label(c.label[locale], 1, 2));
    } else {
      if (group.rows[0] === key) top.push(label(group.label[locale], n * group.rows.length));
      second.push(label(r.row.label[locale], n));
      for (const c of columns) third.push(label(c.label[locale]));
    }
  }
  g.row(top);
  g.row(second);
  g.row(third);
  g.row(rows.flatMap((r) => columns.map((c) => figure(report, `appeals.${r.path.join('.')}.${c.key}`))));
  return g.rows;
}

/** A table of a report laid out like the official form. */
export function tableGrid(report: Report, table: TableId, locale: Locale = 'zh'): Grid {
  const def = tableDef(table, formatsOf(report)[table]);
  if (table === 'activeDisclosure') return activeGrid(report, def, locale);
  if (table === 'applications') return applicationsGrid(report, def, locale);
  return appealsGrid(report, def, locale);
}
