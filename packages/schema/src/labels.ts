import { tableDef } from './catalogue/index.js';
import { sectionById } from './catalogue/sections.js';
import type { CellDef, Label, Locale, SectionId } from './catalogue/types.js';

/** The text of a label in a locale. */
export function text(label: Label, locale: Locale = 'zh'): string {
  return label[locale];
}

/** The row of a cell as a reader names it: the nesting group, then the row (（三）不予公开 1.属于国家秘密). */
export function rowLabelOf(cell: CellDef, locale: Locale = 'zh'): string {
  const table = tableDef(cell.table, cell.version);
  const spanning = table.rowGroups?.find((g) => g.rows.includes(cell.rowAddress));
  const groups = cell.rowGroups.filter((g) => g.zh.startsWith('（')).map((g) => g[locale]);
  if (spanning) groups.unshift(spanning.label[locale]);
  const sep = locale === 'zh' ? ' ' : ' – ';
  return [...groups, cell.row.label[locale]].join(sep);
}

/** The column of a cell with its header group (法人或其他组织 商业企业). */
export function columnLabelOf(cell: CellDef, locale: Locale = 'zh'): string {
  const table = tableDef(cell.table, cell.version);
  const group = table.blocks[cell.block]?.columnGroups?.find(
    (g) => g.id === cell.columnDef.group && g.parent,
  );
  const column = cell.columnDef.label[locale];
  return group ? `${group.label[locale]}${locale === 'zh' ? '·' : ': '}${column}` : column;
}

/** Where a section is, as a reader names it: 第三部分 / Section 3. */
export function sectionLabel(id: SectionId, locale: Locale = 'zh'): string {
  const section = sectionById(id);
  return locale === 'zh'
    ? `${section.ordinal}、${section.title.zh}`
    : `Section ${section.number} (${section.title.en})`;
}

/** A cell as a reader names it: 第三部分「1.属于国家秘密」行「自然人」列. */
export function cellLabelOf(cell: CellDef, locale: Locale = 'zh'): string {
  const section = sectionById(cell.table);
  return locale === 'zh'
    ? `第${section.ordinal}部分「${rowLabelOf(cell, 'zh')}」行「${columnLabelOf(cell, 'zh')}」列`
    : `Section ${section.number}, row “${rowLabelOf(cell, 'en')}”, column “${columnLabelOf(cell, 'en')}”`;
}
