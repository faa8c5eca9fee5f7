import { createEmptyReport, type FormatVersion, NARRATIVE_IDS, type Report } from '@gongkai/schema';
import type { DiagnosticCollector } from '../diagnostics/collector.js';
import { sectionParams } from '../diagnostics/section-params.js';
import { resolveRuns } from '../figures/resolve-runs.js';
import type { Line } from '../lines/lines.js';
import type { Walk } from '../walk/walk.js';
import { decideFormats } from './formats.js';
import { reportHeaderVariants } from './header-variants.js';
import { reportMissingRows, reportSections } from './missing-parts.js';
import { placeAppealsFigures } from './place-appeals.js';
import { type Placed, type Placing, placeRow } from './place-row.js';
import { readReportFacts } from './report-facts.js';
import { emptyReport } from './skeleton.js';
import { reportUnplaced } from './unplaced.js';

// The column order is read by the PDF reader too, which imports it from here.
export { columnOrder } from './column-order.js';

export interface AssembleOptions {
  /** Year to assume when the text names none. */
  year?: number;
  /** The date of the import, for the year assumed when neither the text nor `year` gives one. */
  today?: Date;
  /** Body to assume when the text names none. */
  agency?: string;
  /** Lines to look for the title in first (a page's heading may stand outside the report's container). */
  titleLines?: readonly Line[];
  /** Only build the (empty) report: the caller has already said what is wrong with the input. */
  quiet?: boolean;
}

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
  const facts = readReportFacts(walk, allLines, diag, options, quiet);

  const formats = decideFormats(walk, facts.year, diag);
  reportHeaderVariants(walk, formats, diag);
  if (quiet) {
    // Nothing of a report was found: the one diagnostic above says so for every line.
    return createEmptyReport({
      formatVersion: formats.activeDisclosure,
      year: facts.year,
      agency: { name: facts.agency.name },
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
      year: facts.year,
      agency: facts.agency,
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
  reportUnplaced(walk, facts.titleLine, diag);
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
