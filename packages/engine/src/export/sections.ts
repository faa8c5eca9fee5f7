import {
  type Locale,
  type NarrativeId,
  type Report,
  reportTitle,
  SECTION_IDS,
  type SectionId,
  sectionById,
  sectionLabel,
  TABLE_IDS,
  type TableId,
} from '@gongkai/schema';

/** The printed parts of a report, in order: a section heading (unless missing), then its text or table. */
export type Part =
  | { kind: 'heading'; section: SectionId; text: string }
  | { kind: 'narrative'; section: NarrativeId; lines: string[] }
  | { kind: 'table'; table: TableId };

/** The title as printed: the report's own, or the official one (`reportTitle` of the schema). */
export function titleOf(report: Report, locale: Locale = 'zh'): string {
  return reportTitle(report, locale);
}

/** The parts of a report in printed order; a missing section prints no heading (so it reads back as missing). */
export function partsOf(report: Report, locale: Locale = 'zh'): Part[] {
  const parts: Part[] = [];
  const missing = new Set(report.missingSections ?? []);
  for (const id of SECTION_IDS) {
    const isTable = (TABLE_IDS as readonly string[]).includes(id);
    if (!missing.has(id)) {
      const section = sectionById(id);
      const text = locale === 'zh' ? `${section.ordinal}、${section.title.zh}` : sectionLabel(id, 'en');
      parts.push({ kind: 'heading', section: id, text });
    }
    if (isTable) {
      if (!missing.has(id)) parts.push({ kind: 'table', table: id as TableId });
    } else {
      const text = report.narrative[id as NarrativeId];
      const lines = text
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '');
      if (lines.length > 0) parts.push({ kind: 'narrative', section: id as NarrativeId, lines });
    }
  }
  return parts;
}
