/** Applying the editor's changes (cell addresses and `narrative.*` paths) to a report. */
import { type NarrativeId, type Report, setCell } from '@gongkai/schema';

/** One value the person entered: a cell (`number | null`) or a narrative section's text. */
export interface EditedValue {
  path: string;
  value: number | null | string;
}

/** A copy of the report with the edits applied; the input is left alone. */
export function withEdits(report: Report, edits: readonly EditedValue[]): Report {
  const next = structuredClone(report);
  for (const { path, value } of edits) {
    if (path.startsWith('narrative.')) {
      next.narrative = {
        ...next.narrative,
        [path.slice('narrative.'.length) as NarrativeId]: String(value ?? ''),
      };
    } else {
      setCell(next, path, typeof value === 'number' ? value : null);
    }
  }
  return next;
}
