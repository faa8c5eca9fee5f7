import type { Pairing } from '../pairing/index.js';

/** One report to read: a file on disk, or a line of an NDJSON file carried as text. */
export interface Input {
  /** What the user sees: a path relative to the working directory, `file.ndjson:12` for a line. */
  name: string;
  /** Absolute path to read, for a file. */
  path?: string;
  /** The report's text, for an NDJSON line. */
  text?: string;
  /** Known to be a regular file (from a folder listing), which lets it be read with fewer system calls. */
  regular?: boolean;
  /** Why the input cannot be read before even trying (no such file); it is still reported and counted. */
  missing?: string;
  /** Why the input is not checked (a PDF, a file that is no report): listed and counted, never an error. */
  notChecked?: string;
  /** Last year's report by the same body, when years are paired (found, none, or ambiguous). */
  pairing?: Pairing;
  /** With `pairing`: the key of the body it is by, the same for all its paired years (see `bodyKey`). */
  body?: string;
}
