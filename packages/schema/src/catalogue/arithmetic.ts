import { rowsOf } from './cells.js';
import type { EquationDef, TableDef } from './types.js';

/**
 * The sums of the format, expanded to one equation per column or row so the engine can check and
 * derive cells by walking plain data. Held here, beside the rows, because the printed note and the
 * 总计 rows are part of the national format itself.
 */
export function equationsOf(table: TableDef): EquationDef[] {
  if (table.id === 'applications') return applicationEquations(table);
  if (table.id === 'appeals') return appealEquations(table);
  return [];
}

function applicationEquations(table: TableDef): EquationDef[] {
  const { id, version } = table;
  const columns = table.blocks[0]?.columns ?? [];
  const parts = columns.filter((c) => !c.isTotal);
  const total = columns.find((c) => c.isTotal);
  const rows = rowsOf(table).map((r) => r.path.join('.'));
  const at = (row: string, column: string) => `${id}.${row}.${column}`;
  const out: EquationDef[] = [];

  // applications.row-sum: the 总计 column of every row adds up the six applicant columns.
  if (total) {
    for (const row of rows) {
      out.push({
        rule: 'applications.row-sum',
        table: id,
        version,
        lhs: [at(row, total.key)],
        rhs: parts.map((c) => at(row, c.key)),
        derive: at(row, total.key),
        along: { row },
      });
    }
  }
  // applications.results-sum: （七）总计 adds up every result row from 予以公开 to the last 其他处理 row.
  const first = rows.indexOf('granted');
  const last = rows.indexOf('resultsTotal');
  const results = rows.slice(first, last);
  for (const column of columns) {
    out.push({
      rule: 'applications.results-sum',
      table: id,
      version,
      lhs: [at('resultsTotal', column.key)],
      rhs: results.map((r) => at(r, column.key)),
      derive: at('resultsTotal', column.key),
      along: { column: column.key },
    });
  }
  // applications.balance: 一 + 二 = 三 + 四, the note printed above the table.
  for (const column of columns) {
    out.push({
      rule: 'applications.balance',
      table: id,
      version,
      lhs: [at('newReceived', column.key), at('carriedOver', column.key)],
      rhs: [at('resultsTotal', column.key), at('carriedForward', column.key)],
      derive: at('carriedForward', column.key),
      along: { column: column.key },
    });
  }
  return out;
}

function appealEquations(table: TableDef): EquationDef[] {
  const columns = table.blocks[0]?.columns ?? [];
  const total = columns.find((c) => c.isTotal);
  if (!total) return [];
  return rowsOf(table).map(({ path }) => {
    const row = path.join('.');
    return {
      rule: 'appeals.group-sum',
      table: table.id,
      version: table.version,
      lhs: [`${table.id}.${row}.${total.key}`],
      rhs: columns.filter((c) => !c.isTotal).map((c) => `${table.id}.${row}.${c.key}`),
      derive: `${table.id}.${row}.${total.key}`,
      along: { row },
    };
  });
}
