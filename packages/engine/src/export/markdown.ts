import { formatsOf, getCell, type Locale, type Report, type TableId } from '@gongkai/schema';
import { type DataCell, tableModel } from '@gongkai/schema/printed';
import { printedValue } from './long-form.js';
import { partsOf, titleOf } from './sections.js';

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/[\t\r\n]+/g, ' ');
const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
const rule = (n: number) => `|${' --- |'.repeat(n)}`;

function value(report: Report, address: string): string {
  return printedValue(getCell(report, address), report.annotations?.[address]);
}

/** The printed model's figures regrouped by catalogue row (section 四 prints its three rows on one line). */
function figureRows(cells: readonly DataCell[]): DataCell[][] {
  const rows = new Map<string, DataCell[]>();
  for (const cell of cells) {
    const key = `${cell.def.block}/${cell.def.rowAddress}`;
    const row = rows.get(key) ?? [];
    row.push(cell);
    rows.set(key, row);
  }
  return [...rows.values()];
}

/** One Markdown table per 第二十条 sub-table; 三 with its group and row labels; 四 row by row. */
function tableMarkdown(report: Report, table: TableId, locale: Locale): string[] {
  const model = tableModel(table, formatsOf(report)[table]);
  const def = model.def;
  const rows = figureRows(model.grid.flat());
  const out: string[] = [];
  def.blocks.forEach((block, b) => {
    if (block.heading) out.push(block.heading[locale], '');
    const stub = table === 'activeDisclosure' ? [block.stubHeader?.[locale] ?? ''] : ['', ''];
    out.push(
      line([...stub, ...block.columns.map((c) => c.label[locale])]),
      rule(stub.length + block.columns.length),
    );
    for (const cells of rows.filter((r) => r[0]?.def.block === b)) {
      const first = (cells[0] as DataCell).def;
      // The row label stands right before its figures; a keyed group (（三）不予公开) or 行政诉讼 before it.
      const spanning = def.rowGroups?.find((g) => g.rows.includes(first.rowAddress));
      const group = first.rowGroups.find((g) => g.zh.startsWith('（'));
      const labels =
        table === 'activeDisclosure'
          ? [first.row.label[locale]]
          : [spanning?.label[locale] ?? group?.[locale] ?? '', first.row.label[locale]];
      out.push(line([...labels, ...cells.map((c) => value(report, c.address))]));
    }
    out.push('');
  });
  return out;
}

/** The report as Markdown: headings, paragraphs and pipe tables; reads back to the same report. */
export function toMarkdown(report: Report, options: { locale?: Locale } = {}): string {
  const locale = options.locale ?? 'zh';
  const out: string[] = [`# ${titleOf(report, locale)}`, ''];
  for (const part of partsOf(report, locale)) {
    if (part.kind === 'heading') out.push(`## ${part.text}`, '');
    else if (part.kind === 'narrative') for (const l of part.lines) out.push(l, '');
    else out.push(...tableMarkdown(report, part.table, locale));
  }
  return `${out.join('\n').trimEnd()}\n`;
}
