import type { Locale, SectionId, Severity } from '@gongkai/schema';
import type { PdfBox } from './pdf/geometry.js';

/** Something an importer noticed about its input, located to a line or a cell. */
export interface Diagnostic {
  /**
   * A code of the importers' catalogue (`import/diagnostics/catalogue.ts`, listed with its severity in
   * docs/IMPORT-DIAGNOSTICS.md), or of the PDF reader's (`pdf.*`).
   */
  code: string;
  severity: Severity;
  message: string;
  /** 1-based line of the input text, where it has lines. */
  line?: number;
  /** 1-based page of a PDF, where the input has pages (then `line` is absent). */
  page?: number;
  /** Where on that page, in points from its top-left corner. */
  box?: PdfBox;
  section?: SectionId;
  /** Cell or row address the diagnostic is about. */
  path?: string;
  /** The input text the diagnostic is about (a label, a cell's text). */
  source?: string;
}

export interface ImportOptions {
  locale?: Locale;
  /** Name of the file, used to sniff the kind of input and reported in diagnostics. */
  filename?: string;
  /** Year to assume when the input names none (a blank template). */
  year?: number;
  /**
   * The date the import runs on: an input that names no year (and no `year` given) is taken as the
   * report on the year before it, with `year.not-found`. Defaults to the system date; pass it to make the
   * import a function of its input alone.
   */
  today?: Date;
  /** Reporting body to assume when the input names none. */
  agency?: string;
  /**
   * Report JSON whose only problems are cell values (a −3, text in a number cell) comes back with those
   * values as found instead of being rejected, so that `validate` checks the report and reports each as
   * a located `cell.invalid`. Such a report is for checking only: it does not pass the schema.
   */
  keepInvalidCells?: boolean;
}
