import { rowsOf } from './cells.js';
import type { TableDef, TableId } from './types.js';

/**
 * One relation between a report and last year's report by the same body: `cell` this year equals
 * the sum of last year's `previous` cells, plus this year's `plus` cells, minus this year's `minus`.
 */
export interface CrossYearEquationDef {
  rule: 'cross-year.carry-over' | 'cross-year.in-force';
  table: TableId;
  cell: string;
  previous: readonly string[];
  plus: readonly string[];
  minus: readonly string[];
  along: { row?: string; column?: string };
}

/**
 * The cross-year relations of one table: what was carried forward last year is carried over this
 * year (三, every column), and documents in force grow by those issued less those repealed (二, 2021
 * format, the 规章 and 规范性文件 rows).
 */
export function crossYearEquationsOf(table: TableDef): CrossYearEquationDef[] {
  const at = (row: string, column: string) => `${table.id}.${row}.${column}`;
  if (table.id === 'applications') {
    return (table.blocks[0]?.columns ?? []).map((column) => ({
      rule: 'cross-year.carry-over',
      table: table.id,
      cell: at('carriedOver', column.key),
      previous: [at('carriedForward', column.key)],
      plus: [],
      minus: [],
      along: { column: column.key },
    }));
  }
  if (table.id === 'activeDisclosure') {
    const out: CrossYearEquationDef[] = [];
    for (const { path, block } of rowsOf(table)) {
      const keys = new Set((table.blocks[block]?.columns ?? []).map((c) => c.key));
      if (!(keys.has('inForce') && keys.has('issued') && keys.has('repealed'))) continue;
      const row = path.join('.');
      out.push({
        rule: 'cross-year.in-force',
        table: table.id,
        cell: at(row, 'inForce'),
        previous: [at(row, 'inForce')],
        plus: [at(row, 'issued')],
        minus: [at(row, 'repealed')],
        along: { row },
      });
    }
    return out;
  }
  return [];
}
