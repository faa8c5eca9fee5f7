/** A report being worked on, with what it was imported from and last year's report beside it. */
import type { Diagnostic } from '@gongkai/engine';
import type { Locale, Report } from '@gongkai/schema';

/** The input a report was imported from, kept so diagnostics can point at its lines. */
export interface DraftSource {
  /** File name, or empty for pasted text. */
  name: string;
  /** The text as imported; absent for binary files (.docx, .xlsx). */
  text?: string;
  /** What the importer read it as (`text`, `html`, `docx`, …). */
  kind: string;
}

export interface Draft {
  id: string;
  /** Milliseconds since the epoch, for the list's order and its "saved at". */
  updatedAt: number;
  report: Report;
  source?: DraftSource;
  diagnostics: Diagnostic[];
  /** The language the diagnostics are in; they are read again from the source when it changes. */
  diagnosticsLocale?: Locale;
  /** Last year's report by the same body, for the cross-year checks and the comparison. */
  previous?: Report;
}

/** What the drafts list calls a draft: the body and the year, as a clerk names the file. */
export function draftTitle(draft: Draft, untitled: string): string {
  const { agency, year } = draft.report;
  const name = agency?.name?.trim();
  return name ? `${name} ${year}` : `${untitled} ${year ?? ''}`.trim();
}

/** A fresh id; random so two tabs never collide. */
export function newDraftId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `d${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
}
