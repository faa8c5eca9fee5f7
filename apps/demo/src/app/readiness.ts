/**
 * One line saying whether the report is ready to publish, shown where it leaves the app (export,
 * embed): errors first, with a link back to the editor.
 */
import { html, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/messages.js';
import { countBySeverity, reportFindings } from './findings.js';
import { publishedReport } from './published.js';
import type { Store } from './store.js';

export function readiness(store: Store, m: Messages): TemplateResult {
  const draft = store.current;
  if (!draft) return html``;
  const previous = draft.previous ? publishedReport(draft.previous) : undefined;
  const counts = countBySeverity(reportFindings(publishedReport(draft.report), previous, store.locale));
  const ready = counts.error === 0;
  return html`<p class=${ready ? 'readiness ready' : 'readiness not-ready'}>
    ${ready ? m.readiness.ready(counts.warning) : m.readiness.notReady(counts.error, counts.warning)}
    <a href="#edit">${m.readiness.review}</a>
  </p>`;
}
