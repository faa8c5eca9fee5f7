import { formatsOf, getCell, layoutOf, type Report, type SectionId, sectionById } from '@gongkai/schema';
import type { Finding } from '../engine/api.js';

/** How far a report is filled: cells with a figure (typed or derived) of all cells, and what is left. */
export interface Progress {
  filled: number;
  total: number;
  /** Blank cells per table section, in print order: `{ ordinal: '三', blank: 40 }`. */
  left: { section: string; ordinal: string; blank: number }[];
}

export function progressOf(report: Report): Progress {
  const left = new Map<SectionId, number>();
  let filled = 0;
  const cells = layoutOf(formatsOf(report)).cells;
  for (const cell of cells) {
    if (typeof getCell(report, cell.address) === 'number') filled++;
    else left.set(cell.table, (left.get(cell.table) ?? 0) + 1);
  }
  return {
    filled,
    total: cells.length,
    left: [...left].map(([section, blank]) => ({ section, ordinal: sectionById(section).ordinal, blank })),
  };
}

/** The section a finding's path belongs to: its first segment (a table id or a narrative id). */
export function sectionOfPath(path: string): string {
  const first = path.split('.')[0] ?? path;
  return first === 'narrative' ? (path.split('.')[1] ?? first) : first;
}

/**
 * Findings about what is not filled yet (`cell.blank`, the sums that could not be checked for a
 * blank, an empty narrative section, 六 silent on fees) wait until the clerk has left their section:
 * a report being written is not wrong for being unfinished.
 */
export function visibleFindings(
  findings: readonly Finding[],
  left: ReadonlySet<string> | 'all',
): readonly Finding[] {
  if (left === 'all') return findings;
  return findings.filter((f) => !aboutUnfilled(f) || left.has(sectionOfPath(f.path)));
}

// Rules that fire on a narrative section for want of text: an empty section, 六 not yet on fees.
const UNFILLED_SECTION_RULES = new Set(['structure.missing-section', 'narrative.fees-unreported']);

function aboutUnfilled(f: Finding): boolean {
  return (
    f.rule === 'cell.blank' ||
    f.severity === 'info' ||
    (UNFILLED_SECTION_RULES.has(f.rule) && !f.path.includes('.'))
  );
}
