import type { SectionId, TableFormats, ValueKind } from '@gongkai/schema';
import type { DiagnosticCollector, Where } from '../diagnostics/collector.js';
import { sectionParams } from '../diagnostics/section-params.js';
import { fitCells, placedLoose } from '../figures/fit.js';
import type { AmbiguousRun } from '../figures/resolve-runs.js';
import { plainFigure, readCell } from '../figures/value.js';
import { planOf } from '../labels/label-index.js';
import { isBlankCell } from '../lines/lines.js';
import type { FoundRow, Walk } from '../walk/walk.js';
import { columnOrder } from './column-order.js';
import type { Blank } from './skeleton.js';

/** Rows found (by address) and how many figures were read. */
export interface Placed {
  rows: Set<string>;
  values: number;
  /** Rows whose figures ran together and split more than one way. */
  runs: AmbiguousRun[];
}

/** What placing figures into the blank report needs at every row. */
export interface Placing {
  blank: Blank;
  formats: TableFormats;
  walk: Walk;
  placed: Placed;
  annotations: Record<string, string>;
  diag: DiagnosticCollector;
  year: number;
}

export function placeRow(p: Placing, row: FoundRow): void {
  const { entry } = row.match;
  const { diag, placed } = p;
  const version = p.formats[entry.table];
  const where = { line: row.line.no, section: entry.table as SectionId, source: row.line.text };
  const rowAddress = entry.address;
  const plan = planOf(entry, version);
  if (plan === undefined) {
    diag.add(
      'table.other-format',
      { ...sectionParams(entry.table), version, year: p.year },
      {
        ...where,
        path: rowAddress,
      },
    );
    return;
  }
  if (placed.rows.has(rowAddress)) {
    diag.add('row.repeated', { row: entry.label }, { ...where, path: rowAddress });
    return;
  }
  placed.rows.add(rowAddress);
  if (row.match.via !== 'label') {
    diag.add('label.variant', { text: row.label, label: entry.label }, { ...where, path: rowAddress });
  }
  // A row printed with every cell blank (a template's, a township's) places nothing: its cells stay blank.
  if (row.cells.every(isBlankCell)) return;
  const order = columnOrder(row, p.walk, version, plan);
  const fitted = fitCells(
    row.cells,
    order.length,
    plan.totalLast && order.at(-1) === plan.keys.at(-1),
    placedLoose(row.line, row.cells, order.length),
  );
  if (fitted.status === 'ambiguous') {
    // Left for the table's sums to decide once every other row is in (resolveRuns).
    placed.runs.push({
      rowAddress,
      label: entry.label,
      run: fitted.run,
      order,
      candidates: fitted.candidates,
      where,
      ...(row.line.columnsUnsure && !row.line.loose ? { columnsUnsure: true } : {}),
    });
    return;
  }
  if (fitted.status === 'split') {
    diag.add(
      'row.split',
      { row: entry.label, text: fitted.run, values: fitted.cells.join(', ') },
      {
        ...where,
        path: rowAddress,
      },
    );
  } else if (fitted.how === 'padded' && row.cells.some((c) => c.trim() !== '')) {
    diag.add(
      'row.short',
      { row: entry.label, count: row.cells.length, expected: order.length },
      { ...where, path: rowAddress },
    );
  } else if (fitted.how === 'trimmed' && row.cells.filter((c) => c.trim() !== '').length > order.length) {
    diag.add(
      'row.long',
      { row: entry.label, count: row.cells.length, expected: order.length },
      { ...where, path: rowAddress },
    );
  }
  // The row's place among its table's rows is the same in every blank table of its format: found once.
  if (plan.slot < 0) plan.slot = p.blank.slotOf(entry.table, rowAddress);
  const target = plan.slot < 0 ? p.blank.row(rowAddress) : p.blank.rowAt(entry.table, plan.slot);
  // Printed in the catalogue's order (nearly always): the plan's columns line up with `order` as they are.
  const columns =
    order === plan.keys ? plan.columns : order.map((k) => plan.columns.find((c) => c.key === k)!);
  for (let i = 0; i < order.length; i++) {
    placeValue(p, target, rowAddress, order[i]!, fitted.cells[i] ?? '', columns[i]!.kind, where);
  }
}

/** Reads one cell's text into the report: the figure, its note kept, or a diagnostic when unreadable. */
export function placeValue(
  p: Placing,
  target: Record<string, number | null>,
  rowAddress: string,
  key: string,
  text: string,
  kind: ValueKind,
  where: Where,
): void {
  // Nearly every cell is blank or plain digits: placed without building a reading.
  if (text === '') return;
  const plain = plainFigure(text);
  if (plain !== undefined) {
    target[key] = plain;
    p.placed.values++;
    return;
  }
  const reading = readCell(text, kind);
  if (reading.status === 'number') {
    target[key] = reading.value;
    p.placed.values++;
    if (reading.note) {
      const address = `${rowAddress}.${key}`;
      p.annotations[address] = reading.note;
      p.diag.add(
        'value.annotated',
        { text: text.trim(), value: reading.value, note: reading.note },
        {
          ...where,
          path: address,
        },
      );
    }
  } else if (reading.status === 'unreadable') {
    p.diag.add('value.unreadable', { text: text.trim() }, { ...where, path: `${rowAddress}.${key}` });
  }
}
