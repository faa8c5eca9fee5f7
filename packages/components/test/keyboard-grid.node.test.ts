import { entry } from '@gongkai/corpus';
import { formatsOf, layoutOf } from '@gongkai/schema';
import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { KeyboardGrid, stepOf } from '../src/editor/keyboard-grid.js';
import { tableModels } from '../src/model/table-model.js';

/** Grids of tables with ragged rows (1–5 tables, 1–6 rows, 1–7 columns), addresses t.r.c. */
const grids = fc
  .array(fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 6 }), {
    minLength: 1,
    maxLength: 5,
  })
  .map((tables) =>
    tables.map((rows, t) =>
      rows.map((width, r) => Array.from({ length: width }, (_, c) => `${t}.${r}.${c}`)),
    ),
  );

/** Every address of a grid. */
const all = (g: string[][][]): string[] => g.flatMap((t) => t.flat());

const withCell = grids.chain((g) =>
  fc.constantFrom(...all(g)).map((address) => ({ grid: new KeyboardGrid(g), raw: g, address })),
);

const right = { rows: 0, columns: 1 };
const left = { rows: 0, columns: -1 };
const down = { rows: 1, columns: 0 };
const up = { rows: -1, columns: 0 };

describe('keyboard grid', () => {
  test('every move lands on a cell of the grid, or nowhere', () => {
    fc.assert(
      fc.property(withCell, fc.constantFrom(right, left, down, up), ({ grid, raw, address }, step) => {
        const next = grid.move(address, step);
        if (next !== undefined) expect(all(raw)).toContain(next);
      }),
    );
  });

  test('→ then ← comes back, and ← then →', () => {
    fc.assert(
      fc.property(withCell, ({ grid, address }) => {
        const r = grid.move(address, right);
        if (r !== undefined) expect(grid.move(r, left)).toBe(address);
        const l = grid.move(address, left);
        if (l !== undefined) expect(grid.move(l, right)).toBe(address);
      }),
    );
  });

  test('↓ then ↑ comes back when the column was kept', () => {
    fc.assert(
      fc.property(withCell, ({ grid, address }) => {
        const d = grid.move(address, down);
        if (d === undefined || grid.positionOf(d)?.column !== grid.positionOf(address)?.column) return;
        expect(grid.move(d, up)).toBe(address);
      }),
    );
  });

  test('→ from a table’s first cell visits each of its cells once, in reading order', () => {
    fc.assert(
      fc.property(grids, (raw) => {
        const grid = new KeyboardGrid(raw);
        for (const table of raw) {
          const seen: string[] = [];
          let at: string | undefined = table[0]?.[0];
          while (at !== undefined) {
            seen.push(at);
            at = grid.move(at, right);
          }
          expect(seen).toEqual(table.flat());
        }
      }),
    );
  });

  test('↓ from the top visits every table in order, never skipping a row', () => {
    fc.assert(
      fc.property(grids, (raw) => {
        const grid = new KeyboardGrid(raw);
        const rows: string[] = [];
        let at: string | undefined = raw[0]?.[0]?.[0];
        while (at !== undefined) {
          const p = grid.positionOf(at);
          rows.push(`${p?.table}.${p?.row}`);
          at = grid.move(at, down);
        }
        expect(rows).toEqual(raw.flatMap((t, ti) => t.map((_, r) => `${ti}.${r}`)));
      }),
    );
  });

  test('a pasted block fills within the table and counts every value beyond it', () => {
    const block = fc.array(fc.array(fc.constantFrom('1', '2', 'x'), { minLength: 1, maxLength: 9 }), {
      minLength: 1,
      maxLength: 9,
    });
    fc.assert(
      fc.property(withCell, block, ({ grid, raw, address }, values) => {
        const { placed, overflow } = grid.paste(address, values);
        const p = grid.positionOf(address);
        expect(placed.length + overflow).toBe(values.flat().length);
        for (const cell of placed) expect(grid.positionOf(cell.address)?.table).toBe(p?.table);
        expect(new Set(placed.map((c) => c.address)).size).toBe(placed.length);
        expect(all(raw)).toEqual(expect.arrayContaining(placed.map((c) => c.address)));
      }),
    );
  });

  test('keys: Enter moves down (Shift: up) unless an input method is composing; ←/→ only at the edge', () => {
    const caret = { selectionStart: 1, selectionEnd: 1, length: 2 };
    expect(stepOf({ key: 'Enter', ...caret })).toEqual(down);
    expect(stepOf({ key: 'Enter', shiftKey: true, ...caret })).toEqual(up);
    expect(stepOf({ key: 'Enter', isComposing: true, ...caret })).toBeUndefined();
    expect(stepOf({ key: 'ArrowDown', isComposing: true, ...caret })).toBeUndefined();
    expect(stepOf({ key: 'ArrowLeft', ...caret })).toBeUndefined();
    expect(stepOf({ key: 'ArrowLeft', selectionStart: 0, selectionEnd: 0, length: 2 })).toEqual(left);
    expect(stepOf({ key: 'ArrowRight', selectionStart: 2, selectionEnd: 2, length: 2 })).toEqual(right);
    expect(stepOf({ key: 'ArrowRight', selectionStart: 0, selectionEnd: 2, length: 2 })).toEqual(right);
    expect(stepOf({ key: 'a', ...caret })).toBeUndefined();
  });

  test('the grid of a real report holds every cell of its layout', () => {
    const report = entry('01-huaian-city-gov-2024').report;
    const models = tableModels(formatsOf(report));
    const grid = new KeyboardGrid(models.map((m) => m.grid.map((row) => row.map((c) => c.address))));
    expect(grid.addresses).toEqual(layoutOf(formatsOf(report)).cells.map((c) => c.address));
  });
});
