/**
 * The report's own particulars, which the editor does not edit: the body's name, its level (the
 * regulations rule depends on it) and the year. Applied on change, not per keystroke, because a new
 * report object restarts the editor (and its undo history).
 */
import {
  AGENCY_LEVELS,
  type AgencyLevel,
  agencyLevelLabels,
  isReportYear,
  REPORT_YEARS,
  type Report,
  text,
} from '@gongkai/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Store } from '../app/store.js';
import type { Messages } from '../i18n/messages.js';

export function reportInfo(store: Store, m: Messages, report: Report, draftId: string): TemplateResult {
  const i = m.info;
  const level = report.agency.level;
  // Open for a report without a name, decided once per draft: closing it as the name is typed would
  // hide the fields still being filled.
  return html`<details class="report-info" ?open=${guard([draftId], () => !report.agency.name)}>
    <summary>${i.heading}</summary>
    <form class="info-form" @change=${(e: Event) => onChange(e, store, m, report)} @submit=${(e: Event) => e.preventDefault()}>
      <div>
        <label for="info-name">${i.name}</label>
        <input id="info-name" name="name" .value=${report.agency.name} required autocomplete="organization" />
      </div>
      <div>
        <label for="info-level">${i.level}</label>
        <select id="info-level" name="level">
          <option value="" ?selected=${!level}>${i.levelUnknown}</option>
          ${AGENCY_LEVELS.map(
            (l) =>
              html`<option value=${l} ?selected=${l === level}>${text(agencyLevelLabels[l], store.locale)}</option>`,
          )}
        </select>
      </div>
      <div>
        <label for="info-year">${i.year}</label>
        <input id="info-year" name="year" type="number" min=${REPORT_YEARS.min} max=${REPORT_YEARS.max} step="1" .value=${String(report.year)} />
      </div>
      ${report.agency.name ? nothing : html`<p class="hint">${i.nameNeeded}</p>`}
    </form>
  </details>`;
}

function onChange(event: Event, store: Store, m: Messages, report: Report): void {
  const form = event.currentTarget as HTMLFormElement;
  const data = new FormData(form);
  const name = String(data.get('name') ?? '').trim();
  const level = String(data.get('level') ?? '') as AgencyLevel | '';
  const year = Number(data.get('year'));
  // A year the schema would reject is not taken; the field keeps what was typed and says why.
  const yearInput = form.elements.namedItem('year') as HTMLInputElement;
  yearInput.setCustomValidity(isReportYear(year) ? '' : m.info.yearOutOfRange);
  if (!isReportYear(year)) yearInput.reportValidity();
  const { level: _old, ...agency } = report.agency;
  store.replaceReport({
    ...report,
    agency: { ...agency, name, ...(level ? { level } : {}) },
    year: isReportYear(year) ? year : report.year,
  });
}
