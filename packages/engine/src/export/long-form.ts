import { type Label, reportFields } from '@gongkai/schema';

/**
 * The report fields other than cells, as rows of the long-form CSV (address,label,value) so that the CSV
 * carries the whole report and reads back to it: the schema's `reportFields`.
 */
export const META_FIELDS: readonly { address: string; label: Label }[] = reportFields;

/** The header line of the long-form CSV. */
export const CSV_HEADER = ['address', 'label', 'value'] as const;

/** A cell's value as printed: the number, with its note in brackets (`22（其中修订16件）`); '' for blank. */
export function printedValue(value: number | null | undefined, note: string | undefined): string {
  if (value === null || value === undefined) return '';
  return note ? `${value}（${note}）` : String(value);
}
