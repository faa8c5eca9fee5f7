import { describe, expect, test } from 'vitest';
import { FORMAT_VERSIONS, TABLE_IDS } from '../src/index.js';
import { placeTable, printedRows, rowSpanOf, tableModel } from '../src/printed-entry.js';

describe('printed model on its grid', () => {
  for (const version of FORMAT_VERSIONS) {
    for (const id of TABLE_IDS) {
      test(`${id} ${version}: every position of every row is held by exactly one cell`, () => {
        const model = tableModel(id, version);
        const grid = placeTable(model);
        const owner: (string | undefined)[][] = grid.map(() => Array(model.columnCount).fill(undefined));
        grid.forEach((row, r) => {
          row.forEach((cell, c) => {
            if (!cell) return;
            for (let dr = 0; dr < rowSpanOf(cell); dr++)
              for (let dc = 0; dc < cell.colspan; dc++) {
                expect(owner[r + dr]?.[c + dc], `${r + dr}/${c + dc}`).toBeUndefined();
                (owner[r + dr] as string[])[c + dc] = `${r}/${c}`;
              }
          });
        });
        expect(owner.flat().every((o) => o !== undefined)).toBe(true);
        expect(grid).toHaveLength(printedRows(model).length);
      });
    }
  }

  test('section 三 2021: the note over three label columns, 申请人情况 over the seven applicant columns', () => {
    const grid = placeTable(tableModel('applications', '2021'));
    expect(grid[0]?.[0]).toMatchObject({ kind: 'corner', colspan: 3, rowspan: 3 });
    expect(grid[0]?.[3]).toMatchObject({ kind: 'th', colspan: 7, label: { zh: '申请人情况' } });
    expect(grid[0]).toHaveLength(10);
  });
});
