import type { Locale } from '@gongkai/schema';
import { html, type TemplateResult } from 'lit';
import type { DataCell, GridCell, TableModel } from '../model/table-model.js';
import { escapeHtml } from '../page/escape-html.js';

/** What an element puts inside and on each data cell; the table's structure is always the same. */
export interface CellRenderer {
  /** The cell's content (the editor's input, the comparison's figures). */
  content?(cell: DataCell): unknown;
  /**
   * The printed figure, plus anything after it (a note, a finding for screen readers); used instead of
   * `content` by the read-only report, whose figure sits in a `part="value"` span.
   */
  figure?(cell: DataCell): { text: string; extra?: unknown };
  /** Whether `figure` may return `extra` (notes, findings); without, each cell has one part fewer. */
  extras?: boolean;
  /** Extra classes of the `<td>` (finding severity, derived, big change); leave out when there are none. */
  classes?(cell: DataCell): string;
}

/** The DOM id of a cell's `<td>`, stable across elements so findings can point at it. */
export const cellId = (address: string) => `cell-${address}`;

/** Which parts each data cell has: the fewer, the faster a large table renders. */
interface Mode {
  figure: boolean;
  extras: boolean;
  classes: boolean;
}

/**
 * A table's markup as static pieces around the slots that change (caption, then per data cell its
 * class and content). Everything static comes from the catalogue (labels, ids, spans), escaped; it is
 * made into one Lit template per table, format and language, so a render clones the whole table at
 * once and only fills the figures.
 */
interface Skeleton {
  strings: TemplateStringsArray;
  cells: DataCell[];
}

const skeletons = new Map<string, Skeleton>();

const SCROLL_CUE = {
  zh: '表格较宽：左右滑动（或用方向键）可查看右侧各列 →',
  en: 'Wide table: scroll sideways (or use the arrow keys) to see the columns on the right →',
} as const;

const spans = (colspan: number, rowspan = 1) =>
  (colspan > 1 ? ` colspan="${colspan}"` : '') + (rowspan > 1 ? ` rowspan="${rowspan}"` : '');

function skeleton(model: TableModel, locale: Locale, mode: Mode): Skeleton {
  const key = `${model.id}/${model.def.version}/${locale}/${mode.figure}/${mode.extras}/${mode.classes}`;
  const cached = skeletons.get(key);
  if (cached) return cached;
  const pieces: string[] = [];
  const cells: DataCell[] = [];
  let open = '';
  const captionId = `caption-${model.id}`;
  open += `<div class="gk-scroll" part="scroll" role="region" tabindex="0" aria-labelledby="${captionId}">`;
  open += `<table part="table" data-table="${model.id}" data-version="${model.def.version}">`;
  // The cue is an attribute, shown by CSS only when the table scrolls: no text for importers to misread.
  open += `<caption id="${captionId}" part="caption" data-scroll-cue="${escapeHtml(SCROLL_CUE[locale])}">`;
  pieces.push(open); // then the caption slot
  let html = '</caption>';
  const cell = (c: GridCell) => {
    switch (c.kind) {
      case 'corner':
        html += `<td class="gk-corner"${spans(c.colspan, c.rowspan)}>${escapeHtml(c.label?.[locale] ?? '')}</td>`;
        return;
      case 'th': {
        const cls = c.heading ? ' class="gk-heading"' : c.total ? ' class="gk-total"' : '';
        html += `<th id="${c.id}" scope="${c.scope}"${spans(c.colspan, c.rowspan)}${cls}>${escapeHtml(c.label[locale])}</th>`;
        return;
      }
      case 'td': {
        const total = c.def.columnDef.isTotal || c.def.row.isTotal ? 'gk-total' : '';
        html += `<td id="cell-${escapeHtml(c.address)}" headers="${c.headers}"${spans(c.colspan)} data-label="${escapeHtml(c.columnLabel[locale])}"`;
        if (mode.classes) {
          html += ` class="${total} `;
          pieces.push(html); // class slot
          html = '"';
        } else if (total) html += ` class="${total}"`;
        html += mode.figure ? '><span class="gk-value" part="value">' : '>';
        pieces.push(html); // content (or figure) slot
        html = mode.figure ? '</span>' : '';
        if (mode.figure && mode.extras) {
          pieces.push(html); // extra slot
          html = '';
        }
        html += '</td>';
        cells.push(c);
        return;
      }
    }
  };
  const rows = (list: typeof model.head) => {
    for (const row of list) {
      html += row.total ? '<tr class="gk-total">' : '<tr>';
      for (const c of row.cells) cell(c);
      html += '</tr>';
    }
  };
  if (model.head.length) {
    html += '<thead>';
    rows(model.head);
    html += '</thead>';
  }
  for (const body of model.bodies) {
    html += '<tbody>';
    rows(body);
    html += '</tbody>';
  }
  html += '</table></div>';
  pieces.push(html);
  // What lit/static-html does on every call, done once: Lit accepts only template-literal arrays (with
  // `raw`), to refuse strings an attacker could supply. These are our own markup around catalogue labels,
  // escaped above, with no report data in them; report data only ever goes into the values.
  const strings = Object.assign([...pieces], { raw: [...pieces] }) as unknown as TemplateStringsArray;
  const made: Skeleton = { strings, cells };
  skeletons.set(key, made);
  return made;
}

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
  const mode: Mode = { figure: !!renderer.figure, extras: !!renderer.extras, classes: !!renderer.classes };
  const { cells, strings } = skeleton(model, locale, mode);
  const values: unknown[] = [caption];
  for (const c of cells) {
    if (renderer.classes) values.push(renderer.classes(c));
    if (renderer.figure) {
      const { text, extra } = renderer.figure(c);
      values.push(text);
      if (mode.extras) values.push(extra);
    } else {
      values.push(renderer.content?.(c));
    }
  }
  return html(strings, ...values);
}
