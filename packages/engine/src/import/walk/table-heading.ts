import { TABLE_IDS } from '@gongkai/schema';
import {
  type HeadingMatch,
  matchColumn,
  matchFixture,
  matchHeading,
  matchRowExact,
} from '../labels/match.js';
import { filledCells, type Line } from '../lines/lines.js';
import type { Walk } from './found.js';

/**
 * Some portals number the table sections （二）主动公开政府信息情况: taken as the heading only when the table
 * follows at once and its section has not been met, since （一）… also numbers sub-headings of section 一.
 */
export function tableHeadingInParentheses(
  text: string,
  next: Line | undefined,
  walk: Walk,
): HeadingMatch | undefined {
  if (!next || !/^\s*[(（][一二三四五六七八九十][)）]/.test(text)) return undefined;
  // Once every table's heading has been met, no （二）-style heading is left to find.
  if (TABLE_IDS.every((id) => walk.headings.has(id))) return undefined;
  const first = filledCells(next.cells)[0] ?? '';
  // What follows a table heading is a short label of the table, not a paragraph.
  if (first === '' || first.length > 40) return undefined;
  const heading = matchHeading(text.replace(/^\s*[(（]([一二三四五六七八九十])[)）]/, '$1、'));
  if (!heading || heading.score < 0.95 || walk.headings.has(heading.id)) return undefined;
  const column = matchColumn(first);
  const table =
    matchFixture(first)?.table ?? (column?.score === 1 ? column.entry.table : matchRowExact(first)?.table);
  return table === heading.id ? heading : undefined;
}
