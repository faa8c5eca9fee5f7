/**
 * Bounds of the report's own fields that both the zod schema and the fast `isPlainReport` check:
 * stated once, so that the fast check can never drift looser than the schema.
 */

/** The years a report may be on: the 条例 took effect in 2008; 2100 catches a mistyped year. */
export const REPORT_YEARS = { min: 2008, max: 2100 } as const;

/** Whether a report may be on this year (a whole number within `REPORT_YEARS`). */
export function isReportYear(year: number): boolean {
  return Number.isSafeInteger(year) && year >= REPORT_YEARS.min && year <= REPORT_YEARS.max;
}

/** 行政区划代码: 6 digits, or 12 for townships. */
export const REGION_CODE = /^\d{6}(\d{6})?$/;
