import type { Report } from '@gongkai/schema';
import { tableGrid } from './grid.js';
import { partsOf, titleOf } from './sections.js';

/**
 * The report in the official plain-text layout: title, the six sections, tables as tab-separated lines
 * (merged cells printed once, as portals' text copies show them). Reads back to the same report.
 */
export function toText(report: Report): string {
  const out: string[] = [titleOf(report)];
  for (const part of partsOf(report)) {
    if (part.kind === 'heading') out.push(part.text);
    else if (part.kind === 'narrative') out.push(...part.lines);
    else {
      for (const row of tableGrid(report, part.table)) {
        out.push(
          row
            .filter((c) => c !== undefined)
            .map((c) => oneLine(c.text))
            .join('\t'),
        );
      }
    }
  }
  return `${out.join('\n')}\n`;
}

/** Cell text on one line, without tabs (a note may hold either). */
export function oneLine(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ');
}
