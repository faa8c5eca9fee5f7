import { setCell } from './address.js';
import { formatsOf, layoutOf, type TableFormats } from './catalogue/index.js';
import { type FormatVersion, NARRATIVE_IDS } from './catalogue/types.js';
import type { Agency, Report } from './report-schema.js';

export interface NewReport {
  formatVersion?: FormatVersion;
  tableFormats?: Report['tableFormats'];
  year: number;
  agency: Agency;
}

/** A report with every cell blank (null) and empty narrative: what a clerk starts from. */
export function createEmptyReport(init: NewReport): Report {
  const formatVersion = init.formatVersion ?? '2021';
  const base = { formatVersion, ...(init.tableFormats ? { tableFormats: init.tableFormats } : {}) };
  const report = {
    ...base,
    year: init.year,
    agency: { ...init.agency },
    narrative: emptyNarrative(),
    activeDisclosure: {},
    applications: {},
    appeals: {},
  };
  fillBlankCells(report, formatsOf(base));
  return report as unknown as Report;
}

/** Every narrative section, empty. */
export function emptyNarrative(): Report['narrative'] {
  return Object.fromEntries(NARRATIVE_IDS.map((id) => [id, ''])) as Report['narrative'];
}

/** Adds every cell of the layout that the target lacks, as blank (null). Mutates `target`. */
export function fillBlankCells(target: object, formats: TableFormats): void {
  for (const cell of layoutOf(formats).cells) {
    let node: unknown = target;
    let present = true;
    for (const segment of cell.address.split('.')) {
      if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) {
        present = false;
        break;
      }
      node = (node as Record<string, unknown>)[segment];
    }
    if (!present) setCell(target, cell.address, null);
  }
}
