import {
  formatsOf,
  type Locale,
  type NarrativeId,
  type Report,
  sections,
  type TableId,
} from '@gongkai/schema';
import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/messages.js';
import { tableModels } from '../model/table-model.js';
import { type CellRenderer, renderTable } from './table.js';

export interface ReportBodyOptions {
  locale: Locale;
  messages: Messages;
  cells: CellRenderer;
  /** How a narrative section is shown; paragraphs of text by default. */
  narrative: (id: NarrativeId, text: string, headingId: string) => unknown;
  /** Says which sections the published text lacked (the editor); a published page just shows the report. */
  showMissing?: boolean;
  /** Content after the title (the editor's toolbar, a findings marker). */
  afterTitle?: unknown;
}

/** The heading of a section as printed: 三、收到和处理政府信息公开申请情况 / 3. Requests … */
export function sectionHeading(id: TableId | NarrativeId, locale: Locale): string {
  const section = sections.find((s) => s.id === id);
  if (!section) return id;
  return locale === 'zh'
    ? `${section.ordinal}、${section.title.zh}`
    : `${section.number}. ${section.title.en}`;
}

/** The title of a report: its own, or the usual wording built from the agency and the year. */
export function reportTitle(report: Report, messages: Messages): string {
  return report.title?.trim() || messages.reportTitle(report.agency?.name ?? '', report.year);
}

/** Title and the six sections in their printed order. */
export function renderReportBody(report: Report, options: ReportBodyOptions): TemplateResult {
  const { locale, messages } = options;
  const models = new Map(tableModels(formatsOf(report)).map((m) => [m.id, m]));
  const missing = new Set(report.missingSections ?? []);
  return html`<article part="report" class="gk-report">
    <h1 part="title" lang="zh-CN">${reportTitle(report, messages)}</h1>
    ${options.afterTitle ?? nothing}
    ${sections.map((section) => {
      const headingId = `section-${section.id}`;
      const heading = sectionHeading(section.id, locale);
      const model = section.kind === 'table' ? models.get(section.id as TableId) : undefined;
      const h2 = html`<h2 id=${headingId} part="heading">${heading}</h2>`;
      const note =
        options.showMissing && missing.has(section.id)
          ? html`<p class="gk-muted">${messages.sectionMissing}</p>`
          : nothing;
      const text = report.narrative?.[section.id as NarrativeId] ?? '';
      return html`<section part="section" aria-labelledby=${headingId} data-section=${section.id}>
        ${
          model
            ? html`${note}${renderTable(model, locale, h2, options.cells)}`
            : html`${h2}${note}<div class="gk-narrative" part="narrative" lang="zh-CN">
                ${options.narrative(section.id as NarrativeId, text, headingId)}
              </div>`
        }
      </section>`;
    })}
  </article>`;
}
