import { type CellDef, cellLabelOf, type Locale, type NarrativeId, type Report } from '@gongkai/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import type { Finding } from '../engine/api.js';
import { findingsByPath } from '../findings/source.js';
import type { Messages } from '../i18n/messages.js';
import { renderReportBody } from '../render/report-body.js';
import type { CellRenderer } from '../render/table.js';
import type { Draft } from './drafts.js';
import { progressOf } from './progress.js';

/** Everything the editor's view shows, and the handlers it calls back. */
export interface EditorView {
  report: Report;
  locale: Locale;
  messages: Messages;
  findings: readonly Finding[];
  derived: ReadonlySet<string>;
  textOf: (address: string) => string;
  /** The page's notes by path, shown beside the cell or under the text area. */
  notes: Readonly<Record<string, string>>;
  disabled: boolean;
  canUndo: boolean;
  canRedo: boolean;
  /** Blank-cell findings are held back: offer 「全部核对」. */
  deferring: boolean;
  status: string;
  draft: Draft | undefined;
  /** The proposed corrections of failing sums (「采用建议」), rendered by their controller. */
  suggestions: unknown;
  /** 「请核对 N 格」 of a report read by OCR, rendered by its controller. */
  ocr: unknown;
  on: {
    undo: () => void;
    redo: () => void;
    checkAll: () => void;
    restoreDraft: () => void;
    discardDraft: () => void;
  };
}

/** The editor's report: an input per cell, a text area per narrative section, toolbar and progress. */
export function renderEditor(view: EditorView): TemplateResult {
  const { report, locale, messages, disabled, on } = view;
  return renderReportBody(report, {
    locale,
    messages,
    cells: cellInputs(view),
    showMissing: true,
    afterTitle: html`${renderDraftOffer(view)}${view.ocr}
      <div class="gk-toolbar gk-no-print" part="toolbar" role="toolbar" aria-label=${messages.toolbar}>
        <button type="button" ?disabled=${!view.canUndo || disabled} @click=${on.undo}>${messages.undo}</button>
        <button type="button" ?disabled=${!view.canRedo || disabled} @click=${on.redo}>${messages.redo}</button>
        ${view.deferring ? html`<button type="button" @click=${on.checkAll}>${messages.checkNow}</button>` : nothing}
        <span class="gk-legend"><span class="gk-legend-derived">123</span> ${messages.derived}</span>
        <span class="gk-sr" id="derived-hint">${messages.derivedHint}</span>
      </div>
      ${view.suggestions}
      ${renderProgress(view)}
      <p class="gk-status gk-no-print" role="status">${view.status}</p>`,
    narrative: (id: NarrativeId, text: string, headingId: string) => {
      const note = view.notes[`narrative.${id}`];
      return html`<textarea
          id=${`narrative-${id}`}
          data-path=${`narrative.${id}`}
          aria-labelledby=${headingId}
          aria-describedby=${note ? `textnote-${id}` : nothing}
          .value=${live(text)}
          ?disabled=${disabled}
        ></textarea
        >${note ? html`<p class="gk-text-note" part="note" id=${`textnote-${id}`}>${note}</p>` : nothing}`;
    },
  });
}

function cellInputs(view: EditorView): CellRenderer {
  const { messages, locale, disabled, derived: derivedCells } = view;
  const marks = findingsByPath(view.findings);
  return {
    classes: (cell) => {
      const first = marks.get(cell.address)?.[0];
      return `gk-input-cell${first ? ` gk-${first.severity}` : ''}${derivedCells.has(cell.address) ? ' gk-derived' : ''}`;
    },
    content: (cell) => {
      const text = view.textOf(cell.address);
      const found = marks.get(cell.address);
      const derived = derivedCells.has(cell.address);
      const note =
        found?.map((f) => messages.cellHasFinding(messages.severity[f.severity], f.message)).join('；') ?? '';
      const invalid = found?.[0]?.severity === 'error';
      const pageNote = view.notes[cell.address];
      // Only cells whose text, marks or state changed are re-rendered on a keystroke.
      return guard([text, derived, note, pageNote, invalid, disabled, locale], () => {
        const describedBy = [
          derived ? 'derived-hint' : '',
          note ? `note-${cell.address}` : '',
          pageNote ? `cellnote-${cell.address}` : '',
        ]
          .filter(Boolean)
          .join(' ');
        return html`<input
            id=${`input-${cell.address}`}
            data-path=${cell.address}
            inputmode=${cell.def.kind === 'count' ? 'numeric' : 'decimal'}
            autocomplete="off"
            spellcheck="false"
            .value=${live(text)}
            ?disabled=${disabled}
            aria-label=${accessibleName(cell.def, locale)}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${describedBy || nothing}
          />${note ? html`<span class="gk-sr" id=${`note-${cell.address}`}>${note}</span>` : nothing}${
            pageNote
              ? html`<span class="gk-cell-note" part="note" id=${`cellnote-${cell.address}`}>${pageNote}</span>`
              : nothing
          }`;
      });
    },
  };
}

/** 「已填写 n / N」 and the blank cells left per table section. */
function renderProgress({ report, messages }: EditorView) {
  const { filled, total, left } = progressOf(report);
  const parts = left.map((l) => `${l.ordinal}（${l.blank}）`).join('、');
  return html`<p class="gk-progress gk-no-print" part="progress">
    <span>${messages.progress(filled, total)}</span>${parts ? html`<span>；${messages.leftToFill(parts)}</span>` : nothing}
  </p>`;
}

function renderDraftOffer({ draft, locale, messages, on }: EditorView) {
  if (!draft) return nothing;
  const when = new Date(draft.savedAt).toLocaleString(locale === 'en' ? 'en' : 'zh-CN');
  return html`<div class="gk-draft gk-no-print" part="draft" role="status">
    <p>${messages.draftFound(when)}</p>
    <button type="button" @click=${on.restoreDraft}>${messages.draftRestore}</button>
    <button type="button" @click=${on.discardDraft}>${messages.draftDiscard}</button>
  </div>`;
}

const names = new Map<string, string>();

/** A cell's accessible name (section, row, column), built once per cell and locale: it is long. */
function accessibleName(def: CellDef, locale: Locale): string {
  const key = `${locale}|${def.version}|${def.address}`;
  let name = names.get(key);
  if (name === undefined) {
    name = cellLabelOf(def, locale);
    names.set(key, name);
  }
  return name;
}
