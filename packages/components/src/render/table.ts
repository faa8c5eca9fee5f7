import type { Locale } from '@gongkai/schema';
import { html, nothing, type TemplateResult } from 'lit';
import type { DataCell, GridCell, GridRow, TableModel } from '../model/table-model.js';

/** What an element puts inside and on each data cell; the table's structure is always the same. */
export interface CellRenderer {
  content(cell: DataCell): unknown;
  /** Extra classes of the `<td>` (finding severity, derived, big change). */
  classes?(cell: DataCell): string;
}

/** The DOM id of a cell's `<td>`, stable across elements so findings can point at it. */
export const cellId = (address: string) => `cell-${address}`;

/**
 * A table of the report as a native `<table>` inside a focusable scroll region. The caption holds the
 * section heading itself, so the heading is printed (and read by importers) once.
 */
export function renderTable(
  model: TableModel,
  locale: Locale,
  caption: unknown,
  renderer: CellRenderer,
): TemplateResult {
  const captionId = `caption-${model.id}`;
  return html`<div class="gk-scroll" part="scroll" role="region" tabindex="0" aria-labelledby=${captionId}>
    <table part="table" data-table=${model.id} data-version=${model.def.version}>
      <caption id=${captionId} part="caption">${caption}</caption>
      ${model.head.length ? html`<thead>${model.head.map((row) => renderRow(row, locale, renderer))}</thead>` : nothing}
      ${model.bodies.map((rows) => html`<tbody>${rows.map((row) => renderRow(row, locale, renderer))}</tbody>`)}
    </table>
  </div>`;
}

function renderRow(row: GridRow, locale: Locale, renderer: CellRenderer): TemplateResult {
  return html`<tr class=${row.total ? 'gk-total' : ''}>${row.cells.map((cell) => renderCell(cell, locale, renderer))}</tr>`;
}

const span = (n: number) => (n > 1 ? n : nothing);

function renderCell(cell: GridCell, locale: Locale, renderer: CellRenderer): TemplateResult {
  switch (cell.kind) {
    case 'corner':
      return html`<td class="gk-corner" colspan=${span(cell.colspan)} rowspan=${span(cell.rowspan)}>${cell.label?.[locale] ?? ''}</td>`;
    case 'th':
      return html`<th
        id=${cell.id}
        scope=${cell.scope}
        colspan=${span(cell.colspan)}
        rowspan=${span(cell.rowspan)}
        class=${cell.heading ? 'gk-heading' : cell.total ? 'gk-total' : ''}
      >${cell.label[locale]}</th>`;
    case 'td': {
      const extra = renderer.classes?.(cell) ?? '';
      return html`<td
        id=${`cell-${cell.address}`}
        headers=${cell.headers}
        colspan=${span(cell.colspan)}
        class=${cell.def.columnDef.isTotal || cell.def.row.isTotal ? `gk-total ${extra}` : extra}
        data-label=${cell.columnLabel[locale]}
      >${renderer.content(cell)}</td>`;
    }
  }
}
