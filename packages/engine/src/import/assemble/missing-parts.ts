import { formatsOf, type Report, SECTION_IDS, type SectionId, TABLE_IDS, tableDef } from '@gongkai/schema';
import type { DiagnosticCollector } from '../diagnostics/collector.js';
import { sectionParams } from '../diagnostics/section-params.js';
import type { Walk } from '../walk/walk.js';
import { catalogueRows } from './catalogue-rows.js';
import type { Placed } from './place-row.js';

/** Sections whose heading is missing: reported; those with no content at all are listed as missing. */
export function reportSections(walk: Walk, placed: Placed, diag: DiagnosticCollector): SectionId[] {
  const missing: SectionId[] = [];
  for (const id of SECTION_IDS) {
    const heading = walk.headings.get(id);
    if (heading) {
      if (!heading.heading.exact) {
        diag.add(
          'section.variant',
          { ...sectionParams(id), text: heading.text },
          { line: heading.line, section: id },
        );
      }
      continue;
    }
    const isTable = (TABLE_IDS as readonly string[]).includes(id);
    const hasContent = isTable
      ? [...placed.rows].some((p) => p.startsWith(`${id}.`)) ||
        (id === 'appeals' && walk.appealsFigures.length > 0)
      : walk.implicit.has(id);
    if (hasContent && isTable) {
      diag.add('section.heading-missing', sectionParams(id), {
        section: id,
        line: walk.implicit.get(id),
      });
    } else if (hasContent) {
      // A narrative section is known by its heading: its text is kept, and the section is listed as missing.
      diag.add('section.heading-missing', sectionParams(id), {
        section: id,
        line: walk.implicit.get(id),
      });
      missing.push(id);
    } else {
      diag.add('section.not-found', sectionParams(id), { section: id });
      missing.push(id);
    }
  }
  return missing;
}

/** Rows of a table that was found but lacks them: each reported, its cells left blank (not 0). */
export function reportMissingRows(
  report: Report,
  walk: Walk,
  placed: Placed,
  missing: readonly SectionId[],
  diag: DiagnosticCollector,
): void {
  const formats = formatsOf(report);
  for (const table of TABLE_IDS) {
    if (missing.includes(table)) continue;
    const rows = catalogueRows(table, tableDef(table, formats[table]));
    if (!rows.some((r) => placed.rows.has(r.address))) {
      // Section 四 printed across with its line of figures blank (a template) has no rows to find.
      const appealsHeader = table === 'appeals' && walk.headers.some((h) => h.table === 'appeals');
      if (!appealsHeader && (table !== 'appeals' || walk.appealsFigures.length === 0)) {
        diag.add('table.empty', sectionParams(table), { section: table });
      }
      continue;
    }
    for (const r of rows) {
      if (!placed.rows.has(r.address)) {
        diag.add('row.not-found', { row: r.label }, { section: table, path: r.address });
      }
    }
  }
}
