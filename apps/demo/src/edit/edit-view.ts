/**
 * The main screen: the report in the editor, with what the import could not read and what the checks
 * found beside it. Findings come from the editor itself (with last year's report for the cross-year
 * rules), so they follow every keystroke.
 */
import type { GkChangeEvent, GkFindingSelectEvent, GkOcrConfirmEvent } from '@gongkai/components';
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Store } from '../app/store.js';
import { type Draft, draftTitle } from '../drafts/draft.js';
import type { Messages } from '../i18n/messages.js';
import { diagnosticsList } from '../import/diagnostics-list.js';
import { followCell, showSource } from '../source-page/shown-source.js';
import { sourcePanel } from '../source-page/source-link.js';
import { cellsFilled } from './cells-filled.js';
import { reportInfo } from './report-info.js';
import { reviewList } from './review-list.js';
import { reviewNotes } from './review-notes.js';

export function editView(store: Store, m: Messages): TemplateResult {
  const draft = store.current;
  if (!draft) return html``;
  const title = draftTitle(draft, m.drafts.untitled);
  // Counted on what was entered: totals the editor derives are not the clerk's work yet to do.
  const filled = cellsFilled(draft.report);
  return html`
    <div class="workspace">
      <section class="workspace-main" aria-labelledby="edit-heading">
        <h2 id="edit-heading">${m.edit.heading(title)}</h2>
        <p class="hint cells-filled">${m.edit.filled(filled.filled, filled.total)}</p>
        ${reportInfo(store, m, draft.report, draft.id)}
        <gk-report-editor
          id="editor"
          no-drafts
          aria-label=${m.edit.editorLabel}
          ?defer-blanks=${!draft.source}
          .typed=${guard([draft.id, store.revision], () => draft.typed ?? {})}
          .report=${guard([draft.id, store.revision], () => draft.report)}
          .previous=${draft.previous}
          .notes=${reviewNotes(draft, m)}
          .ocr=${guard([draft.id, store.revision], () => draft.ocr)}
          @gk-change=${(e: GkChangeEvent) => store.applyEdits(e.changes)}
          @gk-ocr-confirm=${(e: GkOcrConfirmEvent) => store.confirmOcr(e.confirmed)}
          @focusin=${(e: FocusEvent) => onCellFocus(store, draft, e)}
        ></gk-report-editor>
      </section>
      <div class="workspace-side">
        ${sourcePanel(store, m, draft)}
        ${draft.source ? diagnosticsList(store, m, draft.diagnostics, 2, draft.source.kind) : nothing}
        ${reviewList(draft, m, store.locale)}
        <gk-findings
          for="editor"
          heading-level="2"
          @gk-finding-select=${(e: GkFindingSelectEvent) => onFindingSelect(store, draft, e)}
        ></gk-findings>
        ${draft.previous ? nothing : html`<p class="hint">${m.findings.needPrevious}</p>`}
      </div>
    </div>
  `;
}

/** A finding chosen in the list: its cell's page of the original, when the report came from a PDF. */
function onFindingSelect(store: Store, draft: Draft, event: GkFindingSelectEvent): void {
  const path = event.finding.path;
  if (draft.original && path && !path.startsWith('narrative.'))
    showSource(store, { draftId: draft.id, path });
}

/** A cell of the editor took focus (its input carries the address): the page follows it. */
function onCellFocus(store: Store, draft: Draft, event: FocusEvent): void {
  const input = event.composedPath()[0];
  const path = input instanceof HTMLInputElement ? input.dataset.path : undefined;
  if (draft.original && path) followCell(store, draft.id, path);
}
