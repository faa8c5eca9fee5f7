import { matchHeading } from '../labels/match.js';
import type { Line } from '../lines/lines.js';

/**
 * The part of a portal page that is the report: the innermost element holding every section heading.
 * Navigation, sidebars and footers around it are left out (and counted); the lines before the first
 * heading are kept apart to find the title, which pages often print outside the report's container.
 */
export function reportContainer(lines: readonly Line[]): { body: Line[]; outside: number; before: Line[] } {
  const headings = lines.filter((l) => {
    const cells = l.cells.filter((c) => c.trim() !== '');
    return cells.length === 1 && matchHeading(cells[0]!) !== undefined;
  });
  const firstHeading = headings[0];
  const before = firstHeading ? lines.filter((l) => l.no < firstHeading.no) : [];
  if (headings.length < 2) return { body: [...lines], outside: 0, before };
  let common = [...(headings[0]!.ancestors ?? [])];
  for (const h of headings) {
    const a = h.ancestors ?? [];
    let i = 0;
    while (i < common.length && i < a.length && common[i] === a[i]) i++;
    common = common.slice(0, i);
  }
  const depth = common.length - 1;
  if (depth < 0) return { body: [...lines], outside: 0, before };
  const id = common[depth];
  const body = lines.filter((l) => l.ancestors?.[depth] === id);
  return { body, outside: lines.length - body.length, before };
}
