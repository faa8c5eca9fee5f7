/** The national format's catalogue as data: the one place labels, rows, columns and sums are typed. */

/** The two national formats: 国办公开办函〔2021〕30号 and 国办公开办函〔2019〕60号 (试行). */
export type FormatVersion = '2021' | '2019';
export const FORMAT_VERSIONS = ['2021', '2019'] as const satisfies readonly FormatVersion[];

export type Locale = 'zh' | 'en';

/** Every user-visible text comes in Chinese (primary) and English. */
export interface Label {
  zh: string;
  en: string;
}

/**
 * What a cell may hold: `count` whole numbers ≥ 0; `signedCount` whole numbers (2019 本年增/减);
 * `amount` decimals ≥ 0 (万元 fees, procurement totals).
 */
export type ValueKind = 'count' | 'signedCount' | 'amount';

export type TableId = 'activeDisclosure' | 'applications' | 'appeals';
/** The narrative sections 一, 五 and 六 in printed order: the keys of a report's `narrative`. */
export const NARRATIVE_IDS = ['overview', 'problems', 'otherMatters'] as const;
export type NarrativeId = (typeof NARRATIVE_IDS)[number];
export type SectionId = TableId | NarrativeId;

export interface ColumnDef {
  /** The last segment of a cell address. */
  key: string;
  label: Label;
  kind: ValueKind;
  /** Id of the column group printed above this column, if any. */
  group?: string;
  /** Unit printed with the value, e.g. 万元. */
  unit?: Label;
  /** Whether this column is the sum of the others in its row (the 总计 column). */
  isTotal?: boolean;
  /** Damaged or abbreviated forms of the header seen in published reports. */
  aliases?: readonly string[];
}

export interface ColumnGroupDef {
  id: string;
  label: Label;
  /** Parent group id, for two-level headers (行政诉讼 › 未经复议直接起诉). */
  parent?: string;
}

export interface RowDef {
  kind: 'row';
  /** Address segment of this row. */
  key: string;
  label: Label;
  /** Forms of the label seen in published reports (abbreviated, damaged, older wording). */
  aliases?: readonly string[];
  /** Whether the row is a total of other rows (（七）总计). */
  isTotal?: boolean;
}

export interface RowGroupDef {
  kind: 'group';
  /**
   * Address segment that the rows below nest under (`withheld` in `applications.withheld.stateSecret`).
   * A group without a key only prints a spanning label (三、本年度办理结果).
   */
  key?: string;
  label: Label;
  aliases?: readonly string[];
  children: readonly RowNode[];
}

export type RowNode = RowDef | RowGroupDef;

/** One printed sub-table: section 二 prints four of them, each under its 第二十条 heading. */
export interface BlockDef {
  /** e.g. 第二十条第（一）项 */
  heading?: Label;
  /** Header of the label column: 信息内容. */
  stubHeader?: Label;
  columns: readonly ColumnDef[];
  columnGroups?: readonly ColumnGroupDef[];
  rows: readonly RowNode[];
}

export interface TableDef {
  id: TableId;
  version: FormatVersion;
  section: SectionId;
  title: Label;
  /** Printed verbatim above the table (section 三's 勾稽关系 note). */
  note?: Label;
  /**
   * `rows`: rows down the side, columns across (sections 二 and 三).
   * `transposed`: section 四 prints its row groups across the top with a single line of figures.
   */
  layout: 'rows' | 'transposed';
  /** Groups of rows printed as one heading in a transposed layout (行政诉讼 over two groups). */
  rowGroups?: readonly { label: Label; rows: readonly string[] }[];
  blocks: readonly BlockDef[];
  /** The table's arithmetic as stated by the format (the 总计 columns and rows, the printed note). */
  sums?: readonly SumDef[];
}

/**
 * The cells one side of a sum adds up: listed keys; every key but those listed; or the run of keys in
 * printed order from `from` up to, not including, `before`. Keys are column keys in a sum that holds in
 * every row, row addresses (`withheld.stateSecret`) in one that holds in every column.
 */
export type SumTerms =
  | readonly string[]
  | { readonly except: readonly string[] }
  | { readonly from: string; readonly before: string };

/**
 * One sum of the format, as data: in every row (or every column) of a block, the cells of `lhs` add up
 * to the cells of `rhs`; `derive` is the cell that can be filled from the others. Expanded into one
 * `EquationDef` per row or column by `equationsOf`.
 */
export interface SumDef {
  /** The rule id the equations report under, e.g. `applications.balance`. */
  rule: string;
  /** `row`: the sum holds in every row, between its columns; `column`: in every column, between rows. */
  each: 'row' | 'column';
  lhs: SumTerms;
  rhs: SumTerms;
  /** The key (column or row) of the cell filled from the others when it is blank. */
  derive?: string;
  /** The printed block the sum runs in; 0 when the table has one. */
  block?: number;
}

export interface SectionDef {
  id: SectionId;
  /** 1–6 */
  number: number;
  /** Chinese ordinal as printed: 一 … 六 */
  ordinal: string;
  title: Label;
  kind: 'narrative' | 'table';
  /** Heading wordings seen in published reports besides the official one. */
  aliases: readonly string[];
  /** Official sub-headings usually found in the section. */
  subheadings?: readonly Label[];
}

/**
 * One arithmetic relation of the format: the cells on the left add up to the cells on the right.
 * `derive` names the cell that can be filled from the others when it is blank.
 */
export interface EquationDef {
  rule: string;
  table: TableId;
  version: FormatVersion;
  lhs: readonly string[];
  rhs: readonly string[];
  derive?: string;
  /** The column or row the equation runs along, for messages. */
  along: { row?: string; column?: string };
}

/** A cell of the format with everything needed to show, check, import or export it. */
export interface CellDef {
  /** `applications.withheld.stateSecret.naturalPerson` */
  address: string;
  table: TableId;
  version: FormatVersion;
  /** Address segments of the row below the table, e.g. ['withheld', 'stateSecret']. */
  rowPath: readonly string[];
  /** `withheld.stateSecret` */
  rowAddress: string;
  column: string;
  kind: ValueKind;
  row: RowDef;
  columnDef: ColumnDef;
  /** Labels of the row groups above the row, outermost first. */
  rowGroups: readonly Label[];
  /** Index of the printed sub-table the cell sits in. */
  block: number;
}
