/**
 * The report as it will be published: the figures entered plus every total the format derives from
 * them. Drafts keep only what was entered (see `applyEdits`); previews, exports and the embed use this.
 */
import { computeTotals } from '@gongkai/engine';
import type { Report } from '@gongkai/schema';

const cache = new WeakMap<Report, Report>();

/** The report with derived totals filled; cached per report object, which is never mutated. */
export function publishedReport(report: Report): Report {
  let out = cache.get(report);
  if (!out) {
    out = computeTotals(report).report;
    cache.set(report, out);
  }
  return out;
}
