import { cellsOf } from './cells.js';
import { tables } from './index.js';
import { FORMAT_VERSIONS, type FormatVersion } from './types.js';

/** The tables whose rows or columns differ between the two formats (section 四 is the same in both). */
export type VersionedTableId = 'activeDisclosure' | 'applications';

const marks = new Map<string, readonly string[]>();

/**
 * The address segments that only one format's table has and the other's lacks, derived from the
 * catalogue: the shortest prefix of its first cell of its own (`regulations.made` in the 2019 section
 * 二, `otherHandling.overdueCorrection` in the 2021 section 三). A table that holds it is in that format.
 */
export function shapeMark(table: VersionedTableId, version: FormatVersion): readonly string[] {
  const key = `${table}/${version}`;
  let mark = marks.get(key);
  if (!mark) {
    const other = FORMAT_VERSIONS.find((v) => v !== version) as FormatVersion;
    const theirs = new Set(
      cellsOf(tables[other][table]).flatMap(({ rowPath, column }) =>
        [...rowPath, column].map((_, i, path) => path.slice(0, i + 1).join('.')),
      ),
    );
    const own = cellsOf(tables[version][table]).find((c) => !theirs.has([...c.rowPath, c.column].join('.')));
    if (!own) throw new Error(`the ${version} ${table} table has no cell of its own`);
    const path = [...own.rowPath, own.column];
    mark = path.slice(0, path.findIndex((_, i) => !theirs.has(path.slice(0, i + 1).join('.'))) + 1);
    marks.set(key, mark);
  }
  return mark;
}

/** Which format a table's value is in, judged by the keys only one format has; undefined when neither. */
export function shapeVersion(table: VersionedTableId, value: unknown): FormatVersion | undefined {
  return FORMAT_VERSIONS.find((version) => holds(value, shapeMark(table, version)));
}

function holds(value: unknown, path: readonly string[]): boolean {
  let node = value;
  for (const segment of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<string, unknown>)[segment];
  }
  return node !== null && typeof node === 'object' && (path[path.length - 1] as string) in node;
}
