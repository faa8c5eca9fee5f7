import { type NarrativeId, type SectionId, sections } from '@gongkai/schema';
import { type Check, emit, type Messages } from '../context.js';

const missing: Messages<[string, 'absent' | 'empty']> = {
  zh: (section, why) =>
    `缺少${section}：${why === 'absent' ? '发布的文本中找不到这一部分' : '这一部分没有内容'}。`,
  en: (section, why) =>
    `${section} is missing: ${why === 'absent' ? 'it was not found in the published text' : 'it is empty'}.`,
};

/** `structure.missing-section`: each of the six sections is present (not listed missing, narrative not empty). */
export function checkStructure(check: Check): void {
  const { report, words, locale } = check;
  const absent = new Set<SectionId>(listedMissing(check));
  for (const section of sections) {
    const empty =
      section.kind === 'narrative' && (report.narrative[section.id as NarrativeId] ?? '').trim() === '';
    if (!absent.has(section.id) && !empty) continue;
    emit(check, 'structure.missing-section', {
      path: section.id,
      message: missing[locale](words.section(section.id), absent.has(section.id) ? 'absent' : 'empty'),
    });
  }
}

/** Whether a section is missing from a report, as `structure.missing-section` judges it. */
export function isMissing(check: Check, id: NarrativeId): boolean {
  return listedMissing(check).includes(id) || (check.report.narrative[id] ?? '').trim() === '';
}

/**
 * The sections the report lists missing that are still missing: a narrative section since written,
 * or a table since given figures, is there (a report edited after its import keeps the old list).
 */
function listedMissing(check: Check): SectionId[] {
  return (check.report.missingSections ?? []).filter((id) => {
    const section = sections.find((s) => s.id === id);
    if (section?.kind === 'narrative') return (check.report.narrative[id as NarrativeId] ?? '').trim() === '';
    return check.missingTables.has(id);
  });
}
