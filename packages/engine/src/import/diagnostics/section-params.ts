import { type SectionId, sectionLabel } from '@gongkai/schema';

/** Message parameters naming a section in both languages. */
export function sectionParams(id: SectionId): { section: string; sectionEn: string } {
  return { section: sectionLabel(id, 'zh'), sectionEn: sectionLabel(id, 'en') };
}
