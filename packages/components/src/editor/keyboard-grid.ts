/**
 * The editor's keyboard grid, without the DOM: the cell addresses of each table in print order, how a
 * key moves between them like a spreadsheet, and where a pasted block lands. Pure, so its laws are
 * checked by property tests (test/keyboard-grid.node.test.ts).
 */

/** Where a cell sits: table, row and column. */
export interface Position {
  table: number;
  row: number;
  column: number;
}

/** What a keydown says about moving: the key, Shift, the caret, and whether an input method composes. */
export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  /** True while an input method (Pinyin, Wubi…) composes: Enter then confirms the text, it never moves. */
  isComposing?: boolean;
  selectionStart: number | null;
  selectionEnd: number | null;
  length: number;
}

/** A step in the grid: rows (−1 up, 1 down) or columns (−1 left, 1 right). */
export interface Step {
  rows: number;
  columns: number;
}

/** The step a key asks for, or undefined when the key is the input's own (caret moves, composition). */
export function stepOf(press: KeyPress): Step | undefined {
  // keyCode 229 also marks composition in some browsers; `isComposing` is the standard flag.
  if (press.isComposing) return undefined;
  const { selectionStart: start, selectionEnd: end, length } = press;
  const caretAtStart = start === 0 && end === 0;
  const caretAtEnd = start === length;
  const allSelected = start === 0 && end === length;
  switch (press.key) {
    case 'ArrowUp':
      return { rows: -1, columns: 0 };
    case 'ArrowDown':
      return { rows: 1, columns: 0 };
    case 'Enter':
      return { rows: press.shiftKey ? -1 : 1, columns: 0 };
    case 'ArrowLeft':
      return caretAtStart || allSelected ? { rows: 0, columns: -1 } : undefined;
    case 'ArrowRight':
      return caretAtEnd || allSelected ? { rows: 0, columns: 1 } : undefined;
    default:
      return undefined;
  }
}

/** Cells placed by a paste, and how many values (not blank) fell outside the table. */
export interface PastePlan {
  placed: { address: string; raw: string }[];
  overflow: number;
}

export class KeyboardGrid {
  readonly #grids: readonly (readonly (readonly string[])[])[];
  readonly #positions = new Map<string, Position>();

  /** `grids[table][row][column]` is a cell address. */
  constructor(grids: readonly (readonly (readonly string[])[])[]) {
    this.#grids = grids;
    for (const [table, grid] of grids.entries()) {
      for (const [row, cells] of grid.entries()) {
        for (const [column, address] of cells.entries()) this.#positions.set(address, { table, row, column });
      }
    }
  }

  /** Every address, in reading order. */
  get addresses(): string[] {
    return [...this.#positions.keys()];
  }

  positionOf(address: string): Position | undefined {
    return this.#positions.get(address);
  }

  /** The address one step away; rows continue into the next table, columns wrap to the next row. */
  move(address: string, step: Step): string | undefined {
    const at = this.#positions.get(address);
    if (!at) return undefined;
    let { table, row, column } = at;
    const grid = () => this.#grids[table] ?? [];
    if (step.columns !== 0) {
      column += step.columns;
      if (column < 0 || column >= (grid()[row]?.length ?? 0)) {
        row += step.columns;
        if (row < 0 || row >= grid().length) return undefined;
        column = step.columns > 0 ? 0 : (grid()[row]?.length ?? 1) - 1;
      }
    } else {
      row += step.rows;
      if (row < 0) {
        table--;
        if (table < 0) return undefined;
        row = grid().length - 1;
      } else if (row >= grid().length) {
        table++;
        if (table >= this.#grids.length) return undefined;
        row = 0;
      }
      column = Math.min(column, (grid()[row]?.length ?? 1) - 1);
    }
    return grid()[row]?.[column];
  }

  /** Where a block of values pasted at `address` goes: within its table, from that cell right and down. */
  paste(address: string, block: readonly (readonly string[])[]): PastePlan {
    const at = this.#positions.get(address);
    const plan: PastePlan = { placed: [], overflow: 0 };
    if (!at) return plan;
    const grid = this.#grids[at.table] ?? [];
    block.forEach((values, r) => {
      const row = grid[at.row + r];
      values.forEach((raw, c) => {
        const target = row?.[at.column + c];
        if (target) plan.placed.push({ address: target, raw });
        // An empty value beyond the edge loses nothing (Excel copies trailing tabs).
        else if (raw.trim() !== '') plan.overflow++;
      });
    });
    return plan;
  }
}
