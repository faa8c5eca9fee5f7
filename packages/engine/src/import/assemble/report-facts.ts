import { type Agency, inferAgencyLevel } from '@gongkai/schema';
import type { DiagnosticCollector } from '../diagnostics/collector.js';
import type { Line } from '../lines/lines.js';
import type { Walk } from '../walk/walk.js';
import type { AssembleOptions } from './assemble.js';
import { fullName, guessYear, laterFacts, readTitle } from './title-facts.js';
import { yearBefore } from './year-before.js';

const UNKNOWN_AGENCY = '（未识别）';

/** Who reports on which year, as the text says it, and the title's line (not reported as stray text). */
export interface ReportFacts {
  year: number;
  agency: Agency;
  titleLine: number | undefined;
}

/**
 * The year and the body: from the title; else from the statistics period, the signature or the page's
 * publication lines (each said so); else the caller's. What none of them gives is reported unless `quiet`.
 */
export function readReportFacts(
  walk: Walk,
  allLines: readonly Line[],
  diag: DiagnosticCollector,
  options: AssembleOptions,
  quiet: boolean,
): ReportFacts {
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
  // Only a text that names no year falls back to the year before the import's date.
  const fallbackYear = year ?? yearBefore(options.today);
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
  return { year: fallbackYear, agency: level ? { name, level } : { name }, titleLine: title.line };
}
