import { rowsOf } from './cells.js';
import type { EquationDef, SumDef, SumTerms, TableDef } from './types.js';

/**
 * The sums of the format (`sums` on each table definition), expanded to one equation per row or
 * column so the engine can check and derive cells by walking plain data. A new format version states
 * its sums beside its rows; nothing here knows a row or column by name.
 */
export function equationsOf(table: TableDef): EquationDef[] {
  return (table.sums ?? []).flatMap((sum) => expand(table, sum));
}

function expand(table: TableDef, sum: SumDef): EquationDef[] {
  const block = sum.block ?? 0;
  const columns = (table.blocks[block]?.columns ?? []).map((c) => c.key);
  const rows = rowsOf(table)
    .filter((r) => r.block === block)
    .map((r) => r.path.join('.'));
  // The keys a sum's terms name run across the line it holds in; the lines are the other way.
  const [keys, lines] = sum.each === 'row' ? [columns, rows] : [rows, columns];
  const cell = (key: string, line: string) =>
    sum.each === 'row' ? `${table.id}.${line}.${key}` : `${table.id}.${key}.${line}`;
  const lhs = pick(sum.lhs, keys);
  const rhs = pick(sum.rhs, keys);
  if (sum.derive !== undefined) pick([sum.derive], keys);
  return lines.map((line) => ({
    rule: sum.rule,
    table: table.id,
    version: table.version,
    lhs: lhs.map((k) => cell(k, line)),
    rhs: rhs.map((k) => cell(k, line)),
    ...(sum.derive === undefined ? {} : { derive: cell(sum.derive, line) }),
    along: sum.each === 'row' ? { row: line } : { column: line },
  }));
}

function pick(terms: SumTerms, keys: readonly string[]): string[] {
  // A key the table lacks is a mistake in the catalogue: said at once, never a sum that checks less.
  const named = 'except' in terms ? terms.except : 'from' in terms ? [terms.from, terms.before] : terms;
  const unknown = named.find((k) => !keys.includes(k));
  if (unknown !== undefined) throw new Error(`a sum names ${unknown}, which its table does not have`);
  if ('except' in terms) return keys.filter((k) => !terms.except.includes(k));
  if ('from' in terms) return keys.slice(keys.indexOf(terms.from), keys.indexOf(terms.before));
  return [...terms];
}
