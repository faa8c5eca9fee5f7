/**
 * The report JSON as the text of a `<script type="application/json">`: `<` escaped so no text inside
 * the report can close the script, and the two JavaScript line separators escaped for old parsers.
 * (The same rule as `inlineReportJson` of `@gongkai/components/ssr`, which is Node-only.)
 */
import type { Report } from '@gongkai/schema';

export function inlineJson(report: Report, indent?: number): string {
  return JSON.stringify(report, null, indent)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
