import type { Report } from '@gongkai/schema';

/** The report's JSON, indented, as the schema defines it. */
export function toJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
