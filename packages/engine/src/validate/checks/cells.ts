import type { ValueKind } from '@gongkai/schema';
import { type Check, emit, type Messages } from '../context.js';

const blank: Messages<[string]> = {
  zh: (cell) => `${cell}为空白；空白不等于 0，没有发生的请填 0。`,
  en: (cell) => `${cell} is blank; blank is not 0, so enter 0 if there were none.`,
};

const blankRow: Messages<[string, string, number, string]> = {
  zh: (part, row, n, columns) =>
    `${part}${row}行有 ${n} 列空白（${columns}）；空白不等于 0，没有发生的请填 0。`,
  en: (part, row, n, columns) =>
    `${part}, row ${row}: ${n} cells are blank (${columns}); blank is not 0, so enter 0 if there were none.`,
};

const expectedKind: Record<ValueKind, { zh: string; en: string }> = {
  count: { zh: '不小于 0 的整数', en: 'a whole number of at least 0' },
  signedCount: { zh: '整数', en: 'a whole number' },
  amount: { zh: '不小于 0 的数', en: 'a number of at least 0' },
};

const invalid: Messages<[string, string, ValueKind]> = {
  zh: (cell, shown, kind) => `${cell}填的是${shown}，无效：应为${expectedKind[kind].zh}。`,
  en: (cell, shown, kind) =>
    `${cell} holds ${shown}, which is not valid: it must be ${expectedKind[kind].en}.`,
};

/**
 * `cell.invalid` and `cell.blank`: every cell holds a number that fits it, or is blank and is told so,
 * once per printed row (a row of five blank 法人 columns is one finding, its cells in `related`).
 * `blanks: false` leaves the blank cells out, for when their findings are remembered.
 */
export function checkCells(check: Check, blanks = true): void {
  const { plan, values, words, locale, missingTables } = check;
  for (let r = 0; r < plan.rows.length; r++) {
    const row = plan.rows[r] as (typeof plan.rows)[number];
    let empty: number[] | undefined;
    let mask = 0;
    for (let c = 0; c < row.columns.length; c++) {
      const index = (row.columns[c] as { index: number }).index;
      const value = values[index];
      const cell = plan.cells[index];
      if (!cell) continue;
      if (value === null || value === undefined) {
        if (blanks && !missingTables.has(cell.table)) {
          if (empty) empty.push(index);
          else empty = [index];
          mask |= 1 << c;
        }
        continue;
      }
      if (fits(value, cell.kind)) continue;
      const shown =
        typeof value === 'number'
          ? String(value)
          : check.typed.has(index)
            ? String(value)
            : JSON.stringify(value);
      emit(check, 'cell.invalid', {
        path: cell.address,
        message: invalid[locale](
          words.cell(index),
          locale === 'zh' ? `「${shown}」` : `“${shown}”`,
          cell.kind,
        ),
        ...(typeof value === 'number' && Number.isFinite(value) ? { actual: value } : {}),
      });
    }
    if (!empty) continue;
    const first = empty[0] as number;
    const address = plan.cells[first]?.address as string;
    if (empty.length === 1) {
      emit(check, 'cell.blank', { path: address, message: blank[locale](words.cell(first)) });
      continue;
    }
    const cells = empty;
    const sep = locale === 'zh' ? '' : ', ';
    // Rows have at most 7 columns, so row and blank columns make one small numeric key.
    const message = words.recurring(r * 1024 + mask, () =>
      blankRow[locale](
        words.part(first),
        words.row(first),
        cells.length,
        cells.map((i) => words.column(i)).join(sep),
      ),
    );
    emit(check, 'cell.blank', {
      path: address,
      message,
      related: empty.slice(1).map((i) => plan.cells[i]?.address as string),
    });
  }
}

function fits(value: unknown, kind: ValueKind): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (kind === 'amount') return value >= 0;
  if (!Number.isInteger(value)) return false;
  return kind === 'signedCount' || value >= 0;
}
