/**
 * Last year's report beside this year's: the cross-year checks (carry-over, documents in force) and
 * `<gk-report-compare>`, every cell with its change and the big changes highlighted.
 */
import type { GkFindingSelectEvent } from '@gongkai/components';
import { html, nothing, type TemplateResult } from 'lit';
import { publishedReport } from '../app/published.js';
import type { Store } from '../app/store.js';
import type { Messages } from '../i18n/messages.js';
import { crossYearFindings } from './cross-year.js';
import { previousPicker } from './previous-picker.js';

export function compareView(store: Store, m: Messages): TemplateResult {
  const draft = store.current;
  if (!draft) return html``;
  const c = m.compare;
  const report = publishedReport(draft.report);
  const previous = draft.previous ? publishedReport(draft.previous) : undefined;
  const findings = previous ? crossYearFindings(report, previous, store.locale) : [];
  return html`
    <h2>${c.heading}</h2>
    <p>${c.intro}</p>
    <p class="previous-status">
      ${c.previousLabel}：<strong>${previous ? `${previous.agency.name} ${previous.year}` : c.none}</strong>
      ${
        previous
          ? html`<button type="button" class="link-button" @click=${() => store.setPrevious(undefined)}>${c.clear}</button>`
          : nothing
      }
    </p>
    ${previousPicker(store, m)}
    ${previous && previous.year >= report.year ? html`<p class="warning-line" role="alert">${c.sameYear}</p>` : nothing}
    ${
      previous
        ? html`<gk-findings
            class="cross-year-findings"
            heading-level="3"
            .messages=${{ findingsHeading: m.findings.crossYearHeading, noFindings: m.findings.crossYearNone }}
            .findings=${findings}
            @gk-finding-select=${(e: GkFindingSelectEvent) => {
              // The comparison has no inputs: a finding's link opens its cell in the editor.
              e.preventDefault();
              store.requestFocus({ cell: e.finding.path });
              location.hash = '#edit';
            }}
          ></gk-findings>
          <gk-report-compare .report=${report} .previous=${previous}></gk-report-compare>`
        : html`<p class="hint">${m.findings.needPrevious}</p>`
    }
  `;
}
