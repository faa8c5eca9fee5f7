import type { ColumnDef, NarrativeId, SectionId, TableId } from '@gongkai/schema';
import type { ColumnEntry, RowEntry } from '../labels/label-index.js';
import type { HeadingMatch, Match } from '../labels/match.js';
import type { Line } from '../lines/lines.js';

/** A row of figures found in the text, before its table's format is decided. */
export interface FoundRow {
  match: Match<RowEntry>;
  /** The printed label. */
  label: string;
  /** The cells printed after the label. */
  cells: string[];
  line: Line;
  /** The column header in force above the row (its index in `headers`). */
  header?: number;
}

/** A column header found above a table: which columns it names, at which cell position. */
export interface FoundHeader {
  table: TableId;
  /** The column order the header gives each sub-table's columns, worked out when the rows are placed. */
  orders: { columns: readonly ColumnDef[]; order: readonly string[] }[];
  columns: {
    position: number;
    entry: ColumnEntry;
    text: string;
    via: Match<ColumnEntry>['via'];
    line: number;
  }[];
}

/** What one pass over the lines finds: sections, rows, headers, narrative, and what it could not place. */
export interface Walk {
  headings: Map<SectionId, { line: number; text: string; heading: HeadingMatch }>;
  /** Sections entered without their heading (rows of 三 after 二's table; text after 四's figures). */
  implicit: Map<SectionId, number>;
  rows: FoundRow[];
  headers: FoundHeader[];
  /** Lines of figures without labels under section 四's header (its transposed layout). */
  appealsFigures: { cells: string[]; line: Line }[];
  narrative: Record<NarrativeId, string[]>;
  unplaced: Line[];
  /** The Word template's placeholders (（文字描述）) left where a narrative goes: not taken as its text. */
  placeholders: { line: Line; section: SectionId }[];
  /** Lines before section 一 (title, preface), kept for the title and reported. */
  preamble: Line[];
}
