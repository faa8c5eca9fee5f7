import { cellsOf, rowsOf, SECTION_IDS, type SectionId, type TableId, tableDef } from '@gongkai/schema';

/**
 * Section 四 prints its rows across the top over one line of figures (its `transposed` layout): the walk
 * and the reflow know the table is complete once they have met as many rows, or as many figures, as the
 * catalogue gives it. Its shape is the same in both formats.
 */
const ACROSS: TableId = 'appeals';
const def = tableDef(ACROSS, '2021');

/** How many rows section 四 prints across the top (行政复议, 未经复议直接起诉, 复议后起诉). */
export const APPEALS_ROWS = rowsOf(def).length;

/** How many figures section 四 prints on its line: its rows times its columns, blank ones included. */
export const APPEALS_CELLS = cellsOf(def).length;

/** The section printed after section 四: where text after its figures belongs when its heading is lost. */
export const AFTER_APPEALS: SectionId = SECTION_IDS[SECTION_IDS.indexOf(ACROSS) + 1]!;
