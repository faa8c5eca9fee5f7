import type { Report, TableFormats } from '@gongkai/schema';

/**
 * The format version of each table of a report.
 *
 * Why not `formatsOf` from `@gongkai/schema`: it lives beside the zod schemas, and importing that module
 * runs zod's module-level set-up, which alone is larger than the whole read-only CDN budget (20 KB gz).
 * Same semantics; drop this once the schema moves `formatsOf` into its zod-free catalogue.
 */
export function tableFormatsOf(report: Pick<Report, 'formatVersion' | 'tableFormats'>): TableFormats {
  return {
    activeDisclosure: report.tableFormats?.activeDisclosure ?? report.formatVersion,
    applications: report.tableFormats?.applications ?? report.formatVersion,
    appeals: report.formatVersion,
  };
}
