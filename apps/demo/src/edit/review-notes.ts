/**
 * A report begun from last year's, told where the clerk works: a note beside each cell whose chain
 * starts at last year's figure (现行有效件数), and under each text area the years and dates kept from
 * last year that are still to review. The side list (review-list.ts) shows the same, gathered.
 */
import { marksToReview, type ReviewMark } from '@gongkai/engine';
import { type NarrativeId, type Report, sections } from '@gongkai/schema';
import type { Draft } from '../drafts/draft.js';
import type { Messages } from '../i18n/messages.js';

const narrativeIds = sections.filter((s) => s.kind === 'narrative').map((s) => s.id as NarrativeId);

/** The years and dates of the text as it is now that do not name the report's year yet. */
export function marksLeft(report: Report): ReviewMark[] {
  const year = String(report.year);
  return narrativeIds
    .flatMap((id) => marksToReview(id, report.narrative[id] ?? ''))
    .filter((mark) => !mark.text.includes(year));
}

/** The editor's notes by path (cell address or `narrative.<id>`); none unless the draft was rolled forward. */
export function reviewNotes(draft: Draft, m: Messages): Record<string, string> {
  const origin = draft.origin;
  if (origin?.kind !== 'rolled') return {};
  const notes: Record<string, string> = {};
  for (const chain of origin.chains)
    notes[chain.cell] = m.review.cellNote(chain.start === null ? m.review.blank : String(chain.start));
  const bySection = new Map<NarrativeId, string[]>();
  for (const mark of marksLeft(draft.report))
    bySection.set(mark.section, [...(bySection.get(mark.section) ?? []), mark.text]);
  for (const [id, texts] of bySection)
    notes[`narrative.${id}`] = m.review.textNote([...new Set(texts)].join('、'));
  return notes;
}
