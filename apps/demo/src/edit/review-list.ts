/**
 * A report begun from last year's: the years and dates of the text kept from last year, each to be
 * reviewed, and the figures whose chain starts at last year's (现行有效件数). The marks are read again
 * from the text as it is now, so a date already changed to this year's leaves the list.
 */
import { cellLabelOf, formatsOf, type Locale, layoutOf, sectionById } from '@gongkai/schema';
import { html, nothing, type TemplateResult } from 'lit';
import type { Draft } from '../drafts/draft.js';
import type { Messages } from '../i18n/messages.js';
import { marksLeft } from './review-notes.js';

export function reviewList(draft: Draft, m: Messages, locale: Locale): TemplateResult | typeof nothing {
  const origin = draft.origin;
  if (origin?.kind !== 'rolled') return nothing;
  const report = draft.report;
  const cells = layoutOf(formatsOf(report)).cellByAddress;
  const marks = marksLeft(report);
  return html`<section class="review" aria-labelledby="review-heading">
    <h2 id="review-heading">${m.review.heading}</h2>
    <p class="hint">${m.review.hint(origin.fromYear)}</p>
    <ul class="review-list">
      ${origin.chains.map((c) => {
        const def = cells.get(c.cell);
        const name = def ? cellLabelOf(def, locale) : c.cell;
        return html`<li class="review-chain">${m.review.chain(name, c.start === null ? m.review.blank : String(c.start))}</li>`;
      })}
      ${marks.map((mark) => {
        const section = sectionById(mark.section);
        const text = report.narrative[mark.section] ?? '';
        const before = text.slice(Math.max(0, mark.start - 12), mark.start);
        const after = text.slice(mark.end, mark.end + 12);
        return html`<li class="review-mark">
          <span class="review-section">${section.ordinal}、${section.title[locale]}</span>：…${before}<mark>${mark.text}</mark>${after}…
        </li>`;
      })}
    </ul>
  </section>`;
}
