import {
  createEmptyReport,
  type FormatVersion,
  formatsOf,
  inferAgencyLevel,
  NARRATIVE_IDS,
  type Report,
  SECTION_IDS,
  type SectionId,
  TABLE_IDS,
  type TableDef,
  type TableFormats,
  type TableId,
  tableDef,
  type ValueKind,
} from '@gongkai/schema';
import type { DiagnosticCollector, Where } from '../diagnostics/collector.js';
import { fitCells, fitLoose } from '../figures/fit.js';
import { type AmbiguousRun, resolveRuns } from '../figures/resolve-runs.js';
import { plainFigure, readCell } from '../figures/value.js';
import { placementsOf, planOf, type RowPlan } from '../labels/label-index.js';
import { isBlankCell, type Line } from '../lines/lines.js';
import { type FoundHeader, type FoundRow, sectionParams, type Walk } from '../walk/walk.js';
import { type Blank, emptyReport } from './skeleton.js';
import { fullName, guessYear, laterFacts, readTitle } from './title-facts.js';

export interface AssembleOptions {
  /** Year to assume when the text names none. */
  year?: number;
  /** Body to assume when the text names none. */
  agency?: string;
  /** Lines to look for the title in first (a page's heading may stand outside the report's container). */
  titleLines?: readonly Line[];
  /** Only build the (empty) report: the caller has already said what is wrong with the input. */
  quiet?: boolean;
}

/** Rows found (by address) and how many figures were read. */
interface Placed {
  rows: Set<string>;
  values: number;
  /** Rows whose figures ran together and split more than one way. */
  runs: AmbiguousRun[];
}

const UNKNOWN_AGENCY = '（未识别）';

/** Builds the report from what the walk found: formats decided, figures placed, gaps reported. */
export function assemble(
  walk: Walk,
  allLines: readonly Line[],
  diag: DiagnosticCollector,
  options: AssembleOptions,
): Report {
  const nothing = walk.headings.size === 0 && walk.rows.length === 0 && walk.appealsFigures.length === 0;
  if (nothing && !options.quiet) diag.add('input.unrecognized', { lines: allLines.length });
  const quiet = options.quiet === true || nothing;
  const titleLines = options.titleLines?.length
    ? options.titleLines
    : walk.preamble.length > 0
      ? walk.preamble
      : allLines.slice(0, 10);
  const title = readTitle(titleLines, titleLines.length);
  // Without a title that says them: the statistics period, the signature, the page's publication lines.
  const later = title.year === undefined || title.agency === undefined ? laterFacts(allLines) : undefined;
  const inferredYear = title.year === undefined ? later?.year : undefined;
  const year = title.year ?? inferredYear?.value ?? guessYear(allLines) ?? options.year;
  if (inferredYear && !quiet) {
    diag.add(
      'year.inferred',
      { year: inferredYear.value, from: inferredYear.from },
      { line: inferredYear.line },
    );
  }
  // Only a text that names no year falls back to last year.
  const fallbackYear = year ?? new Date().getUTCFullYear() - 1;
  if (year === undefined && !quiet) diag.add('year.not-found', { year: fallbackYear });
  // Whether the text says these words (on one line: names do not break across lines).
  const says = (words: string) =>
    (options.titleLines ?? []).some((l) => l.text.includes(words)) ||
    allLines.some((l) => l.text.includes(words));
  const inferredAgency = title.agency ? undefined : later?.agency;
  if (inferredAgency && !quiet) {
    diag.add(
      'agency.inferred',
      { agency: inferredAgency.value, from: inferredAgency.from },
      { line: inferredAgency.line },
    );
  }
  const agencyName = title.agency ? fullName(title.agency, says) : (inferredAgency?.value ?? options.agency);
  if (!agencyName && !quiet) diag.add('agency.not-found', {});
  const name = agencyName ?? UNKNOWN_AGENCY;
  const level = agencyName ? inferAgencyLevel(name) : undefined;

  const formats = decideFormats(walk, year ?? fallbackYear, diag);
  reportHeaderVariants(walk, formats, diag);
  if (quiet) {
    // Nothing of a report was found: the one diagnostic above says so for every line.
    return createEmptyReport({
      formatVersion: formats.activeDisclosure,
      year: year ?? fallbackYear,
      agency: { name },
    });
  }
  const formatVersion: FormatVersion =
    formats.activeDisclosure === '2021' || formats.applications === '2021' ? '2021' : '2019';
  const tableFormats: Report['tableFormats'] = {};
  if (formats.activeDisclosure !== formatVersion) tableFormats.activeDisclosure = formats.activeDisclosure;
  if (formats.applications !== formatVersion) tableFormats.applications = formats.applications;
  const blank = emptyReport(
    {
      formatVersion,
      ...(Object.keys(tableFormats).length > 0 ? { tableFormats } : {}),
      year: year ?? fallbackYear,
      agency: level ? { name, level } : { name },
    },
    formats,
  );
  const { report } = blank;

  const placed: Placed = { rows: new Set(), values: 0, runs: [] };
  const placing: Placing = { blank, formats, walk, placed, annotations: {}, diag, year: report.year };
  for (const row of walk.rows) placeRow(placing, row);
  placeAppealsFigures(placing, report.formatVersion);
  placed.values += resolveRuns(report, placed.runs, diag);
  if (Object.keys(placing.annotations).length > 0) report.annotations = placing.annotations;

  report.narrative = Object.fromEntries(
    NARRATIVE_IDS.map((id) => [id, walk.narrative[id].join('\n')]),
  ) as Report['narrative'];
  const missing = reportSections(walk, placed, diag);
  if (missing.length > 0) report.missingSections = missing;
  reportMissingRows(report, walk, placed, missing, diag);
  reportUnplaced(walk, title.line, diag);
  for (const { line, section } of walk.placeholders) {
    diag.add(
      'narrative.placeholder',
      { text: line.text, ...sectionParams(section) },
      { line: line.no, section, source: line.text },
    );
  }
  if (placed.values === 0) {
    diag.add('report.blank', {});
  }
  return report;
}

/** Votes for each format of a table (fields, not integer-like keys, which make slow sparse objects). */
class Votes {
  v2021 = 0;
  v2019 = 0;
  add(version: FormatVersion, n: number): void {
    if (version === '2021') this.v2021 += n;
    else this.v2019 += n;
  }
  get total(): number {
    return this.v2021 + this.v2019;
  }
}

/** The format of each table, by the headers and rows only one format prints; else by the year. */
function decideFormats(walk: Walk, year: number, diag: DiagnosticCollector): TableFormats {
  const votes = { activeDisclosure: new Votes(), applications: new Votes() };
  for (const header of walk.headers) {
    if (header.table === 'appeals') continue;
    for (const { entry } of header.columns) if (entry.exclusive) votes[header.table].add(entry.version, 1);
  }
  for (const row of walk.rows) {
    const { table, versions, plans } = row.match.entry;
    if (table === 'appeals') continue;
    if (versions.length === 1) votes[table].add(versions[0]!, 2);
    // More figures than a row has columns in one format, and no more than in the other: that other format.
    let figures = 0;
    for (let i = 0; i < row.cells.length; i++) if (row.cells[i] !== '') figures++;
    const width2021 = plans.v2021?.keys.length ?? 0;
    const width2019 = plans.v2019?.keys.length ?? 0;
    if (figures > width2021 && figures <= width2019) votes[table].add('2019', 1);
    else if (figures > width2019 && figures <= width2021) votes[table].add('2021', 1);
  }
  const byYear: FormatVersion = year >= 2021 ? '2021' : '2019';
  const pick = (v: Votes, fallback: FormatVersion): FormatVersion =>
    v.v2021 > v.v2019 ? '2021' : v.v2019 > v.v2021 ? '2019' : fallback;
  const active = pick(votes.activeDisclosure, byYear);
  const hasActive = votes.activeDisclosure.total > 0;
  const applications = pick(votes.applications, hasActive ? active : byYear);
  const formats: TableFormats = { activeDisclosure: active, applications, appeals: active };
  for (const table of ['activeDisclosure', 'applications'] as const) {
    const present = walk.rows.some((r) => r.match.entry.table === table);
    if (!present) continue;
    if (votes[table].total === 0) {
      diag.add(
        'table.format-unknown',
        { ...sectionParams(table), version: formats[table] },
        { section: table },
      );
    } else if (formats[table] !== byYear) {
      diag.add(
        'table.other-format',
        { ...sectionParams(table), version: formats[table], year },
        { section: table },
      );
    }
  }
  return formats;
}

/** The column order a row's header gives (kept on the header, per sub-table); the plan's own keys otherwise. */
export function columnOrder(
  row: FoundRow,
  walk: Walk,
  version: FormatVersion,
  plan: RowPlan,
): readonly string[] {
  const header = row.header === undefined ? undefined : walk.headers[row.header];
  if (!header) return plan.keys;
  const orders = header.orders;
  // Rows of one sub-table follow each other: the last order worked out is nearly always the one asked for.
  for (let i = orders.length - 1; i >= 0; i--)
    if (orders[i]!.columns === plan.columns) return orders[i]!.order;
  const order = computeColumnOrder(row.match.entry.table, header, version, plan);
  orders.push({ columns: plan.columns, order });
  return order;
}

function computeColumnOrder(
  table: TableId,
  header: FoundHeader,
  version: FormatVersion,
  plan: RowPlan,
): readonly string[] {
  const { keys, block } = plan;
  const mine = header.columns.filter(
    (c) => c.entry.table === table && c.entry.version === version && c.entry.block === block,
  );
  const positions = new Set(mine.map((c) => c.position));
  const named = new Set(mine.map((c) => c.entry.column.key));
  // Only a header that names every column once, at distinct positions, may reorder them.
  if (mine.length !== keys.length || positions.size !== keys.length || named.size !== keys.length)
    return keys;
  const order = [...mine].sort((a, b) => a.position - b.position).map((c) => c.entry.column.key);
  return order.every((key, i) => key === keys[i]) ? keys : order;
}

/** What placing figures into the blank report needs at every row. */
interface Placing {
  blank: Blank;
  formats: TableFormats;
  walk: Walk;
  placed: Placed;
  annotations: Record<string, string>;
  diag: DiagnosticCollector;
  year: number;
}

function placeRow(p: Placing, row: FoundRow): void {
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
    row.line.loose === true,
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
function placeValue(
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

/** Section 四 printed across: one line of 15 figures, 行政复议 then the two 行政诉讼 groups. */
function placeAppealsFigures(p: Placing, version: FormatVersion): void {
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

/** Sections whose heading is missing: reported; those with no content at all are listed as missing. */
function reportSections(walk: Walk, placed: Placed, diag: DiagnosticCollector): SectionId[] {
  const missing: SectionId[] = [];
  for (const id of SECTION_IDS) {
    const heading = walk.headings.get(id);
    if (heading) {
      if (!heading.heading.exact) {
        diag.add(
          'section.variant',
          { ...sectionParams(id), text: heading.text },
          { line: heading.line, section: id },
        );
      }
      continue;
    }
    const isTable = (TABLE_IDS as readonly string[]).includes(id);
    const hasContent = isTable
      ? [...placed.rows].some((p) => p.startsWith(`${id}.`)) ||
        (id === 'appeals' && walk.appealsFigures.length > 0)
      : walk.implicit.has(id);
    if (hasContent && isTable) {
      diag.add('section.heading-missing', sectionParams(id), {
        section: id,
        line: walk.implicit.get(id),
      });
    } else if (hasContent) {
      // A narrative section is known by its heading: its text is kept, and the section is listed as missing.
      diag.add('section.heading-missing', sectionParams(id), {
        section: id,
        line: walk.implicit.get(id),
      });
      missing.push(id);
    } else {
      diag.add('section.not-found', sectionParams(id), { section: id });
      missing.push(id);
    }
  }
  return missing;
}

const rowLists = new WeakMap<TableDef, { address: string; label: string }[]>();

/** A table's rows in printed order, by address and official label (listed once per table definition). */
function catalogueRows(table: TableId, def: TableDef): { address: string; label: string }[] {
  let rows = rowLists.get(def);
  if (!rows) {
    rows = placementsOf(def).map((r) => ({ address: `${table}.${r.path.join('.')}`, label: r.row.label.zh }));
    rowLists.set(def, rows);
  }
  return rows;
}

function reportMissingRows(
  report: Report,
  walk: Walk,
  placed: Placed,
  missing: readonly SectionId[],
  diag: DiagnosticCollector,
): void {
  const formats = formatsOf(report);
  for (const table of TABLE_IDS) {
    if (missing.includes(table)) continue;
    const rows = catalogueRows(table, tableDef(table, formats[table]));
    if (!rows.some((r) => placed.rows.has(r.address))) {
      // Section 四 printed across with its line of figures blank (a template) has no rows to find.
      const appealsHeader = table === 'appeals' && walk.headers.some((h) => h.table === 'appeals');
      if (!appealsHeader && (table !== 'appeals' || walk.appealsFigures.length === 0)) {
        diag.add('table.empty', sectionParams(table), { section: table });
      }
      continue;
    }
    for (const r of rows) {
      if (!placed.rows.has(r.address)) {
        diag.add('row.not-found', { row: r.label }, { section: table, path: r.address });
      }
    }
  }
}

/** Column headers read through an alias or a damaged form (本年度止件数 → 本年废止件数). */
function reportHeaderVariants(walk: Walk, formats: TableFormats, diag: DiagnosticCollector): void {
  for (const header of walk.headers) {
    for (const c of header.columns) {
      if (c.via === 'label' || c.entry.version !== formats[c.entry.table]) continue;
      diag.add(
        'label.variant',
        { text: c.text, label: c.entry.column.label.zh },
        { line: c.line, section: c.entry.table, source: c.text },
      );
    }
  }
}

/** Text that went nowhere: one diagnostic per run of consecutive lines. */
function reportUnplaced(walk: Walk, titleLine: number | undefined, diag: DiagnosticCollector): void {
  const runs = (lines: readonly Line[], code: 'text.preamble' | 'text.unplaced') => {
    let start: Line | undefined;
    let last = -2;
    let count = 0;
    const flush = () => {
      if (start)
        diag.add(
          code,
          { line: start.no, count, text: start.text.slice(0, 60) },
          { line: start.no, source: start.text },
        );
    };
    for (const line of lines) {
      if (line.no === titleLine) continue;
      if (line.no !== last + 1 || !start) {
        flush();
        start = line;
        count = 0;
      }
      count++;
      last = line.no;
    }
    flush();
  };
  runs(walk.preamble, 'text.preamble');
  runs(walk.unplaced, 'text.unplaced');
}
