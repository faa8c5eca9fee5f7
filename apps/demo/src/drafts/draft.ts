/** A report being worked on, with what it was imported from and last year's report beside it. */
import type { OcrReview } from '@gongkai/components';
import type { Chain, Diagnostic, ReviewMark } from '@gongkai/engine';
import type { PdfBox } from '@gongkai/engine/pdf';
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

/** What the importer hands over of a PDF: its bytes, and the page and box every placed figure came from. */
export interface ImportedOriginal {
  bytes: ArrayBuffer;
  sources: Record<string, PdfBox>;
  pageCount: number;
}

/**
 * The PDF a draft was imported from, as the draft keeps it: the boxes here (small), the bytes in
 * IndexedDB under the draft's id (large). `kept` is false when the browser refused the bytes.
 */
export interface DraftOriginal {
  kind: 'pdf';
  sources: Record<string, PdfBox>;
  pageCount: number;
  kept?: boolean;
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
  /** How the draft began when it was not imported: blank, or from last year's report. */
  origin?: { kind: 'blank' } | { kind: 'rolled'; fromYear: number; review: ReviewMark[]; chains: Chain[] };
  /** Text typed in cells that is not a number yet, kept exactly until it is corrected. */
  typed?: Record<string, string>;
  /** A report read from a scan by OCR: the cells 「请核对」 and those a person confirmed. */
  ocr?: OcrReview;
  /** The PDF it was imported from, to show the printed figure beside a finding. */
  original?: DraftOriginal;
}

/** What the drafts list calls a draft: the body and the year, as a clerk names the file. */
export function draftTitle(draft: Draft, untitled: string): string {
  const { agency, year } = draft.report;
  const name = agency?.name?.trim();
  return name ? `${name} ${year}` : `${untitled} ${year ?? ''}`.trim();
}

/** Where a draft came from, so two drafts of one body and year tell apart: the file, or how it began. */
export function draftOrigin(
  draft: Draft,
  words: {
    imported: (name: string) => string;
    pasted: string;
    blank: string;
    rolled: (year: number) => string;
  },
): string {
  if (draft.origin?.kind === 'rolled') return words.rolled(draft.origin.fromYear);
  if (draft.origin?.kind === 'blank') return words.blank;
  if (draft.source) return draft.source.name ? words.imported(draft.source.name) : words.pasted;
  return words.blank;
}

/** A fresh id; random so two tabs never collide. */
export function newDraftId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `d${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
}
