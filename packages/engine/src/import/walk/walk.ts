import {
  NARRATIVE_IDS,
  type NarrativeId,
  SECTION_IDS,
  type SectionId,
  type TableId,
  tableDef,
} from '@gongkai/schema';
import type { DiagnosticCollector } from '../diagnostics/collector.js';
import { sectionParams } from '../diagnostics/section-params.js';
import { looksLikeValue } from '../figures/value.js';
import type { RowEntry } from '../labels/label-index.js';
import {
  FUZZY_THRESHOLD,
  hasExactColumn,
  type Match,
  matchColumn,
  matchFixture,
  matchHeading,
  matchRow,
  matchRowCell,
  matchRowExact,
  numberingOfLabel,
} from '../labels/match.js';
import { isPlaceholder } from '../labels/placeholder.js';
import { filledCells, isBlankCell, type Line } from '../lines/lines.js';
import type { FoundHeader, FoundRow, Walk } from './found.js';
import { tableHeadingInParentheses } from './table-heading.js';
import { AFTER_APPEALS, APPEALS_CELLS, APPEALS_ROWS } from './transposed-shape.js';

// The narrative sections (一, 五, 六), whose text is kept under the same id in `Report.narrative`.
const NARRATIVE: Partial<Record<SectionId, NarrativeId>> = Object.fromEntries(
  NARRATIVE_IDS.map((id) => [id, id]),
);

export type { FoundHeader, FoundRow, Walk } from './found.js';

/** Walks the lines once, in order, sorting each into a section, a table row, a header or prose. */
export function walkLines(lines: readonly Line[], diag: DiagnosticCollector): Walk {
  const walk: Walk = {
    headings: new Map(),
    implicit: new Map(),
    rows: [],
    headers: [],
    appealsFigures: [],
    narrative: Object.fromEntries(NARRATIVE_IDS.map((id) => [id, []])) as unknown as Walk['narrative'],
    unplaced: [],
    placeholders: [],
    preamble: [],
  };
  let section: SectionId | undefined;
  let lastHeader: number | undefined;
  let headerOpen = false;
  let appealsDone = false;
  let appealsRows = 0;

  const enter = (id: SectionId, line: Line, implicit: boolean) => {
    if (section === id) return;
    section = id;
    headerOpen = false;
    if (implicit && !walk.headings.has(id) && !walk.implicit.has(id)) walk.implicit.set(id, line.no);
  };
  const prose = (line: Line) => {
    const narrative = section ? NARRATIVE[section] : undefined;
    if (narrative && section && isPlaceholder(line.text)) walk.placeholders.push({ line, section });
    else if (narrative) walk.narrative[narrative].push(line.text);
    else if (section === 'appeals' && appealsDone) {
      // Text after section 四's figures is section 五 whose heading was lost.
      enter(AFTER_APPEALS, line, true);
      const after = NARRATIVE[AFTER_APPEALS];
      if (after) walk.narrative[after].push(line.text);
    } else if (section === undefined) walk.preamble.push(line);
    else walk.unplaced.push(line);
  };
  const preferTable = (e: { table: TableId }) => e.table === section;
  // A line's cells are tried as fixtures up to three times: `matchFixture` remembers each printed text.
  const fixtureOf = matchFixture;

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const filled = filledCells(line.cells);
    if (filled.length === 0) continue;
    const firstValue = firstValueOf(line.cells);
    const hasValues = firstValue >= 0;

    // A section heading: one cell of text matching a section title.
    if (filled.length === 1 && !hasValues) {
      const heading =
        matchHeading(filled[0]!) ?? tableHeadingInParentheses(filled[0]!, lines[index + 1], walk);
      const asRow = heading && heading.score < 1 ? matchRow(filled[0]!) : undefined;
      if (heading && !(asRow && asRow.score > heading.score)) {
        const seen = walk.headings.get(heading.id);
        if (seen) diag.add('section.repeated', sectionParams(heading.id), { line: line.no });
        else walk.headings.set(heading.id, { line: line.no, text: filled[0]!.trim(), heading });
        enter(heading.id, line, false);
        if (heading.id === 'appeals') appealsDone = false;
        continue;
      }
    }

    // Column headers: cells naming columns or column groups, no figures.
    if (!hasValues && !NARRATIVE[section ?? 'overview']) {
      const columns: FoundHeader['columns'] = [];
      let groups = 0;
      let groupTable: TableId | undefined;
      // A header copied without tabs is one cell of words (结果维持 结果纠正 其他结果 …).
      const spaced = filled.length === 1 && /\s/.test(filled[0]!.trim());
      const headerCells = spaced ? filled[0]!.trim().split(/\s+/, 64) : line.cells;
      for (let position = 0; position < headerCells.length; position++) {
        const cell = headerCells[position]!;
        if (isBlankCell(cell)) continue;
        const fixture = fixtureOf(cell);
        if (
          fixture &&
          (fixture.kind === 'columnGroup' || fixture.kind === 'note' || fixture.kind === 'stub')
        ) {
          groups++;
          groupTable ??= fixture.table;
          continue;
        }
        if (fixture) continue;
        // Rows of section 四 are printed across the top, as headers (行政复议 | 行政诉讼).
        const across = matchRowExact(cell);
        if (across && tableDef(across.table, '2021').layout === 'transposed') {
          groups++;
          groupTable ??= across.table;
          continue;
        }
        // Column headers carry no numbering; 3.其他 and （七）总计 are rows, not the 其他 and 总计 columns.
        if (numberingOfLabel(cell) !== '') continue;
        // The exact name of a row (规章, 行政许可) is that row, not a damaged column header.
        if (across && !hasExactColumn(cell)) continue;
        const column = matchColumn(cell, preferTable);
        if (column && column.score >= 0.8) {
          columns.push({ position, entry: column.entry, text: cell.trim(), via: column.via, line: line.no });
        }
      }
      const enough = spaced
        ? columns.length + groups >= 2
        : columns.length > 0 || (groups > 0 && filled.length <= 3);
      if (enough) {
        const table = columns[0]?.entry.table ?? groupTable ?? (section as TableId);
        if (columns.length > 0) {
          if (headerOpen && lastHeader !== undefined && walk.headers[lastHeader]?.table === table) {
            walk.headers[lastHeader]!.columns.push(...columns);
          } else {
            walk.headers.push({ table, columns, orders: [] });
            lastHeader = walk.headers.length - 1;
          }
        }
        headerOpen = true;
        if (
          section !== table &&
          SECTION_IDS.includes(table) &&
          (section === undefined || !NARRATIVE[section])
        ) {
          enter(table, line, true);
        }
        continue;
      }
    }

    // A labelled row: the rightmost label cell (before the figures) that names a catalogue row.
    const labelEnd = hasValues ? firstValue : line.cells.length;
    const tableContext = section !== undefined && !NARRATIVE[section];
    let found: { match: Match<RowEntry>; at: number } | undefined;
    // Prose (one cell, no figures, outside a table) is never a row: it is not matched at all.
    const mayBeRow =
      (hasValues || tableContext || filled.length > 1) && (hasValues || !filled.every((c) => fixtureOf(c)));
    for (let i = mayBeRow ? labelEnd - 1 : -1; i >= 0; i--) {
      const cell = line.cells[i]!;
      if (isBlankCell(cell)) continue;
      const m = hasValues ? matchRowCell(cell, preferTable) : matchRow(cell, preferTable);
      if (m && m.score >= FUZZY_THRESHOLD) {
        found = { match: m, at: i };
        break;
      }
    }
    if (found) {
      const table = found.match.entry.table;
      if (table === 'appeals' && !hasValues) {
        headerOpen = true;
        continue;
      }
      if (section !== table) enter(table, line, true);
      headerOpen = false;
      const row: FoundRow = {
        match: found.match,
        label: line.cells[found.at]!.trim(),
        // Positions a merged cell covers are not cells of their own (行政许可 | one figure over three columns).
        cells: line.covered
          ? line.cells.slice(found.at + 1).filter((_, i) => !line.covered?.[found.at + 1 + i])
          : line.cells.slice(found.at + 1),
        line,
      };
      const header = lastHeaderFor(walk.headers, table);
      if (header !== undefined) row.header = header;
      walk.rows.push(row);
      if (table === 'appeals') appealsDone = ++appealsRows >= APPEALS_ROWS;
      continue;
    }

    // Figures on the line below their label (a PDF copy that wrapped the row): they belong to that row.
    const previous = walk.rows[walk.rows.length - 1];
    if (
      hasValues &&
      previous &&
      previous.line === lines[index - 1] &&
      previous.cells.every((c) => c.trim() === '') &&
      previous.match.entry.table !== 'appeals' &&
      filled.every(looksLikeValue)
    ) {
      previous.cells = line.cells.filter((c, i) => !line.covered?.[i] && (c.trim() !== '' || i > 0));
      continue;
    }

    // Figures without labels: section 四 printed across (行政复议 | 行政诉讼 over one line of figures).
    if (hasValues && section === 'appeals' && !appealsDone && filled.every(looksLikeValue)) {
      walk.appealsFigures.push({ cells: line.cells.filter((_, i) => !line.covered?.[i]), line });
      // As many positions as the table has cells (three groups of five), blank ones included, complete it.
      const count = walk.appealsFigures.reduce((a, f) => a + f.cells.length, 0);
      appealsDone = count >= APPEALS_CELLS;
      headerOpen = false;
      continue;
    }

    // Labels of the table that hold no figures: 第二十条第（一）项, 三、本年度办理结果, the printed note.
    if (!hasValues && filled.length <= 2 && filled.every((c) => fixtureOf(c))) {
      const fixture = fixtureOf(filled[0]!)!;
      if (section !== fixture.table && tableContext) enter(fixture.table, line, true);
      continue;
    }

    if (tableContext && hasValues && filled.length > 1 && line.cells[0]?.trim() !== '') {
      // A row of figures whose label names no row: report it with the nearest label.
      const label =
        line.cells
          .slice(0, labelEnd)
          .filter((c) => c.trim() !== '')
          .pop() ?? '';
      const nearest = label ? matchRow(label, preferTable) : undefined;
      if (nearest && section !== 'appeals') {
        diag.add(
          'row.not-found',
          { text: label, nearest: nearest.entry.label },
          { line: line.no, section, path: `${nearest.entry.table}.${nearest.entry.path}`, source: line.text },
        );
        continue;
      }
    }
    prose(line);
  }
  return walk;
}

/** The position of a line's first value cell, or -1 when it has none. */
function firstValueOf(cells: readonly string[]): number {
  for (let i = 0; i < cells.length; i++) if (looksLikeValue(cells[i]!)) return i;
  return -1;
}

function lastHeaderFor(headers: readonly FoundHeader[], table: TableId): number | undefined {
  for (let i = headers.length - 1; i >= 0; i--) if (headers[i]!.table === table) return i;
  return undefined;
}
