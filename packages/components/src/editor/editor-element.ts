// Longer than ~300 lines for the documentation of its public API (the custom-elements manifest reads
// it here). The work lives beside it: edit-session (no DOM), keyboard-grid (pure), draft-controller,
// form-associated (mixin) and editor-view (the template).
import { cellLabelOf, formatsOf, getCell, type Locale, layoutOf, type Report } from '@gongkai/schema';
import { html, LitElement, type PropertyValues } from 'lit';
import type { Finding } from '../engine/api.js';
import { type ChangeSource, GkChangeEvent } from '../events/change.js';
import { GkDraftEvent } from '../events/draft.js';
import { GkOcrConfirmEvent } from '../events/ocr-confirm.js';
import { GkValidateEvent } from '../events/validate.js';
import {
  CHECKED,
  type CheckStatus,
  FindingsChannel,
  type FindingsSource,
  focusPath,
} from '../findings/source.js';
import { Localized } from '../i18n/localized.js';
import { type Messages, messagesFor } from '../i18n/messages.js';
import { type OcrMessages, ocrMessagesFor } from '../i18n/ocr-messages.js';
import { type TableModel, tableModels } from '../model/table-model.js';
import { reportStyles } from '../styles/report-styles.js';
import { SuggestionsController } from '../suggestions/suggestions-controller.js';
import { suggestionsStyles } from '../suggestions/suggestions-styles.js';
import { DraftController } from './draft-controller.js';
import { EditSession } from './edit-session.js';
import { editorStyles } from './editor-styles.js';
import { renderEditor } from './editor-view.js';
import { FormAssociated } from './form-associated.js';
import type { Patch } from './history.js';
import { KeyboardGrid, stepOf } from './keyboard-grid.js';
import type { OcrReview } from './ocr-review.js';
import { OcrReviewController } from './ocr-review-controller.js';
import { ocrReviewStyles } from './ocr-review-styles.js';
import { sectionOfPath, visibleFindings } from './progress.js';
import { isBlock, parseTsv } from './tsv.js';

/**
 * Writes a report: every cell takes a number, totals that follow from the format are filled live and
 * marked, findings update on every keystroke, arrows/Tab/Enter move like a spreadsheet, a block pasted
 * from Excel or WPS fills the table from the focused cell, and drafts are saved as the clerk types.
 * Inside a `<form>` it submits the report JSON under its `name`, and blocks submission while errors
 * remain (see `block-submit`).
 *
 * @summary Spreadsheet-like, form-associated editor of the annual report.
 *
 * @fires {GkChangeEvent} gk-change - The person editing changed cells or text (changes, source, report).
 * @fires {GkValidateEvent} gk-validate - Findings recomputed after such a change (findings, errors).
 * @fires {GkDraftEvent} gk-draft - The person restored or discarded an autosaved draft.
 * @fires {GkOcrConfirmEvent} gk-ocr-confirm - The person confirmed (or corrected) a cell read by OCR.
 *
 * @csspart report - The whole report (`<article>`).
 * @csspart title - The report title.
 * @csspart toolbar - Undo/redo and status.
 * @csspart section - Each section.
 * @csspart heading - Each section heading.
 * @csspart narrative - The text areas of sections 一, 五 and 六.
 * @csspart scroll - The scroll region around each table.
 * @csspart table - Each `<table>`.
 * @csspart caption - Each table caption.
 * @csspart draft - The banner offering an autosaved draft.
 * @csspart suggestions - The proposed corrections of failing sums, each with 「采用建议」.
 * @csspart progress - 「已填写 n / N」 and what is left to fill.
 * @csspart ocr-review - 「请核对 N 格」: the walk through the cells of a report read by OCR.
 *
 * @cssprop --gk-color-derived - Text colour of totals filled in automatically.
 * @cssprop --gk-color-derived-background - Background of totals filled in automatically.
 * @cssprop --gk-color-focus - Focus outline.
 * @cssprop --gk-color-error - Marks of cells with errors.
 * @cssprop --gk-color-warning - Marks of cells with warnings.
 * @cssprop --gk-color-border - Table rules.
 * @cssprop --gk-color-header-background - Background of header cells.
 * @cssprop --gk-font-family - Font stack.
 */
export class GkReportEditor extends FormAssociated(Localized(LitElement)) implements FindingsSource {
  static override styles = [reportStyles, editorStyles, suggestionsStyles, ocrReviewStyles];

  static override properties = {
    report: { attribute: false },
    typed: { attribute: false },
    previous: { attribute: false },
    notes: { attribute: false },
    ocr: { attribute: false },
    ocrMessages: { attribute: false },
    name: { reflect: true },
    blockSubmit: { attribute: 'block-submit' },
    draftKey: { attribute: 'draft-key' },
    noDrafts: { type: Boolean, attribute: 'no-drafts' },
    deferBlanks: { type: Boolean, attribute: 'defer-blanks' },
    disabled: { type: Boolean, reflect: true },
    messages: { attribute: false },
    status: { state: true, attribute: false },
  };

  /** The report to edit. Setting it starts over: history cleared, no events fired. */
  report?: Report;

  /**
   * Text typed in cells that is not a number, by address, shown and checked with `report` (which
   * holds a blank there): what a page kept from the `text` of `gk-change` events. Read with `report`.
   */
  typed?: Readonly<Record<string, string>>;

  /** Last year's report by the same body, for the cross-year checks. */
  previous?: Report;

  /**
   * Notes the page shows where the clerk works, by path (a cell address or `narrative.<id>`): beside
   * the cell, under the text area, and read out with them (e.g. a chain's start after a roll forward).
   */
  notes?: Readonly<Record<string, string>>;

  /**
   * The cells of a report read by OCR that a person must confirm (`@gongkai/ocr`'s `toConfirm`, each
   * crop an image URL), and the confirmations a page kept. While any remain the editor walks the person
   * through them (「请核对 N 格」), says the report is an unconfirmed OCR draft, gives each a warning and
   * blocks submission; a cell counts as confirmed only through 确认 or 改正 there. Set it with `report`.
   */
  ocr?: OcrReview;

  /** Overrides of the OCR walk-through's words, flat or per locale. */
  ocrMessages?: Partial<OcrMessages> | Partial<Record<Locale, Partial<OcrMessages>>>;

  /** Form field name under which the report JSON is submitted. */
  name = '';

  /**
   * What blocks form submission: `errors` (default), `warnings` (errors or warnings) or `never`.
   */
  blockSubmit: 'errors' | 'warnings' | 'never' = 'errors';

  /** Key under which drafts are saved; the agency name and year by default. */
  draftKey?: string;

  /** Turns autosaved drafts off. */
  noDrafts = false;

  /**
   * Holds back findings about blank cells until the clerk leaves their section or presses 「全部核对」:
   * for a report being written, which is not wrong for being unfinished. Submission still counts them.
   */
  deferBlanks = false;

  /** Makes every field read-only (also set by a disabled `<fieldset>`). */
  disabled = false;

  /** Overrides of the element's own words, flat or per locale. */
  messages?: Partial<Messages> | Partial<Record<Locale, Partial<Messages>>>;

  /** The last paste's outcome, announced politely. */
  private status = '';

  readonly #channel = new FindingsChannel(CHECKED);
  readonly #session = new EditSession(() => ({
    locale: this.locale,
    ...(this.previous ? { previous: this.previous } : {}),
  }));
  readonly #drafts = new DraftController(this, () => {
    const report = this.#session.entered;
    return report
      ? { report, typed: this.#session.unreadable, confirmed: this.#review.confirmations }
      : undefined;
  });
  readonly #review = new OcrReviewController(this, {
    valueOf: (address) => {
      const value = this.#session.read(address);
      return typeof value === 'number' ? value : null;
    },
    labelOf: (address) => {
      const report = this.#session.value;
      const def = report && layoutOf(formatsOf(report)).cellByAddress.get(address);
      return def ? cellLabelOf(def, this.locale) : address;
    },
    correct: (address, value) => {
      this.#session.seal();
      this.#commit([{ path: address, before: this.#session.read(address), after: value }], 'ocr');
      this.#session.seal();
    },
    confirmed: (address, value, corrected) => {
      this.#changed();
      this.dispatchEvent(
        new GkOcrConfirmEvent(
          address,
          value,
          corrected,
          this.#review.confirmations,
          this.#review.pending.length,
        ),
      );
      if (!corrected) this.dispatchEvent(new GkValidateEvent(this.currentFindings));
    },
    messages: () => ocrMessagesFor(this.locale, this.ocrMessages),
  });
  #grid = new KeyboardGrid([]);
  #indexed?: string;
  /** 「采用建议」: each adoption one change of the person's, so one 撤销 reverts it. */
  readonly #suggestions = new SuggestionsController(this, {
    read: (path) => this.#session.read(path),
    shown: (path) => {
      const report = this.#session.value;
      return report ? (getCell(report, path) ?? null) : null;
    },
    commit: (patches) => {
      this.#session.seal();
      this.#commit(patches, 'suggestion');
      this.#session.seal();
    },
  });

  /** Sections the clerk has left (their blank-cell findings show), or all once asked to check. */
  #left: Set<string> | 'all' = new Set();

  /** Findings carry sentences: a new language recomputes them. */
  protected override languageChanged(): void {
    this.#session.revalidate();
    this.#updateValidity();
    super.languageChanged();
  }

  /** The report as edited, derived totals filled in: what the form submits. */
  get value(): Report | undefined {
    return this.#session.value;
  }

  /** Cell addresses whose figures were derived rather than typed. */
  get derivedCells(): readonly string[] {
    return [...this.#session.derived];
  }

  /** The findings currently shown (blank-cell ones held back with `defer-blanks`). */
  get currentFindings(): readonly Finding[] {
    const findings = this.deferBlanks
      ? visibleFindings(this.#session.findings, this.#left)
      : this.#session.findings;
    return this.#review.active ? [...this.#review.findings(), ...findings] : findings;
  }

  /** Cells of the OCR draft (`ocr`) still awaiting a person's confirmation. */
  get unconfirmedCells(): readonly string[] {
    return this.#review.pending.map((item) => item.address);
  }

  /** Calls back with the findings now and whenever they change; returns the unsubscribe function. */
  observeFindings(callback: (findings: readonly Finding[], status: CheckStatus) => void): () => void {
    return this.#channel.subscribe(callback);
  }

  /** Scrolls to a cell (address) or section (id) and moves focus there; false when there is none. */
  focusCell(path: string): boolean {
    return focusPath(this.shadowRoot, path, true);
  }

  /** Whether there is a change to undo. */
  get canUndo(): boolean {
    return this.#session.canUndo;
  }

  /** Whether there is an undone change to redo. */
  get canRedo(): boolean {
    return this.#session.canRedo;
  }

  /** Reverts the last change. From script: no events. */
  undo(): void {
    this.#travel('undo', false);
  }

  /** Re-applies the last reverted change. From script: no events. */
  redo(): void {
    this.#travel('redo', false);
  }

  /** Shows every finding now, blank cells included (what 「全部核对」 does). */
  checkAll(): void {
    this.#left = 'all';
    this.requestUpdate();
  }

  /** Forgets the autosaved draft (for example once the report has been submitted elsewhere). */
  clearDraft(): void {
    this.#drafts.clear();
  }

  // Form-associated custom element callbacks.
  formResetCallback(): void {
    this.#start(this.report);
  }

  formStateRestoreCallback(stateValue: string | File | FormData | null): void {
    if (typeof stateValue !== 'string') return;
    try {
      this.#session.adopt(JSON.parse(stateValue) as Report);
      this.#updateValidity();
    } catch {
      // A state we did not write: keep what we have.
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('report')) this.#start(this.report);
    else if (changed.has('ocr')) {
      this.#review.start(this.ocr);
      this.#updateValidity();
    } else if (changed.has('previous') || changed.has('blockSubmit')) {
      this.#session.revalidate();
      this.#updateValidity();
    }
    if (changed.has('draftKey') || changed.has('noDrafts')) this.#openDrafts();
  }

  protected override updated(): void {
    this.#channel.publish(this.currentFindings);
  }

  /** Starts over from a report set from script. */
  #start(report: Report | undefined): void {
    this.#session.start(report, this.typed ?? {});
    this.#review.start(this.ocr);
    this.#left = new Set();
    this.status = '';
    this.#updateValidity();
    this.#openDrafts();
  }

  #openDrafts(): void {
    this.#drafts.open(this.noDrafts ? undefined : this.#session.entered, this.draftKey);
  }

  #updateValidity(): void {
    const report = this.#session.value;
    if (!report) {
      this.setFormValue(null);
      return;
    }
    this.setFormValue(JSON.stringify(report), JSON.stringify(this.#session.entered));
    const unconfirmed = this.blockSubmit === 'never' ? 0 : this.#review.pending.length;
    if (unconfirmed > 0) {
      const anchor = this.shadowRoot?.getElementById('ocr-value') ?? undefined;
      this.setBlocked(ocrMessagesFor(this.locale, this.ocrMessages).blocked(unconfirmed), anchor);
      return;
    }
    const blocking = this.#session.findings.filter((f) =>
      this.blockSubmit === 'never'
        ? false
        : f.severity === 'error' || (this.blockSubmit === 'warnings' && f.severity === 'warning'),
    );
    if (blocking.length === 0) {
      this.setBlocked(undefined);
      return;
    }
    const anchor = this.shadowRoot?.getElementById(`input-${blocking[0]?.path}`) ?? undefined;
    this.setBlocked(messagesFor(this.locale, this.messages).blockedByErrors(blocking.length), anchor);
  }

  /** Applies patches made by the person editing: history, checks, draft, events. */
  #commit(patches: Patch[], source: ChangeSource, record = true): void {
    if (!this.#session.entered || patches.length === 0) return;
    this.#session.apply(patches, record, source === 'input');
    this.#changed();
    this.#emit(patches, source);
  }

  #changed(): void {
    this.#updateValidity();
    this.#drafts.schedule();
    this.requestUpdate();
  }

  #emit(patches: Patch[], source: ChangeSource): void {
    const report = this.#session.value;
    if (!report) return;
    const unreadable = this.#session.unreadable;
    const changes = patches.map((p) => {
      const text = unreadable[p.path];
      return { path: p.path, previous: p.before, value: p.after, ...(text !== undefined ? { text } : {}) };
    });
    this.dispatchEvent(new GkChangeEvent(changes, source, report));
    this.dispatchEvent(new GkValidateEvent(this.currentFindings));
  }

  #travel(direction: 'undo' | 'redo', fromPerson: boolean): void {
    const patches = this.#session.travel(direction);
    if (!patches) return;
    this.#changed();
    if (fromPerson) this.#emit(patches, direction);
  }

  // Event handlers: everything below is what a person did.

  #onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const path = input.dataset.path;
    if (!path) return;
    if (input.localName === 'textarea') {
      this.#commit([{ path, before: this.#session.read(path), after: input.value }], 'input');
      return;
    }
    const patch = this.#session.typeInCell(path, input.value);
    if (patch) this.#commit([patch], 'input');
    else {
      this.#changed();
      this.dispatchEvent(new GkValidateEvent(this.currentFindings));
    }
  }

  #onBlur(event: FocusEvent): void {
    const input = event.target as HTMLInputElement;
    const path = input.dataset.path;
    this.#session.seal();
    this.#drafts.flush();
    if (path && input.localName === 'input' && this.#session.settle(path)) this.requestUpdate();
    // Leaving a section shows its blank-cell findings.
    const next = (event.relatedTarget as HTMLElement | null)?.dataset?.path;
    if (path && this.#left !== 'all' && (!next || sectionOfPath(next) !== sectionOfPath(path))) {
      const section = sectionOfPath(path);
      if (!this.#left.has(section)) {
        this.#left.add(section);
        this.requestUpdate();
      }
    }
  }

  #onKeydown(event: KeyboardEvent): void {
    const mod = event.ctrlKey || event.metaKey;
    if (event.isComposing) return;
    if (mod && !event.altKey && /^[zy]$/i.test(event.key)) {
      event.preventDefault();
      this.#travel(event.key.toLowerCase() === 'y' || event.shiftKey ? 'redo' : 'undo', true);
      return;
    }
    const input = event.target as HTMLInputElement;
    const path = input.dataset.path;
    if (input.localName !== 'input' || !path || event.altKey || mod) return;
    const step = stepOf({
      key: event.key,
      shiftKey: event.shiftKey,
      isComposing: event.isComposing,
      selectionStart: input.selectionStart,
      selectionEnd: input.selectionEnd,
      length: input.value.length,
    });
    const next = step && this.#grid.move(path, step);
    if (next === undefined) return;
    event.preventDefault();
    const target = this.shadowRoot?.getElementById(`input-${next}`) as HTMLInputElement | null;
    if (target) {
      target.focus();
      target.select();
      target.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    }
  }

  #onPaste(event: ClipboardEvent): void {
    const input = event.target as HTMLInputElement;
    const path = input.dataset.path;
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!path || input.localName !== 'input' || !isBlock(text) || !this.#grid.positionOf(path)) return;
    event.preventDefault();
    const { placed, overflow } = this.#grid.paste(path, parseTsv(text));
    this.status = messagesFor(this.locale, this.messages).pasted(placed.length, overflow);
    this.#session.seal();
    this.#commit(this.#session.pasteCells(placed), 'paste');
    this.#session.seal();
  }

  #restoreDraft(): void {
    const draft = this.#drafts.take();
    if (!draft) return;
    this.#session.start(draft.report, draft.typed);
    this.#review.restore(draft.confirmed);
    this.#changed();
    this.dispatchEvent(new GkDraftEvent('restore', draft.savedAt));
    this.dispatchEvent(new GkValidateEvent(this.currentFindings));
  }

  #discardDraft(): void {
    const draft = this.#drafts.offered;
    if (!draft) return;
    this.clearDraft();
    this.dispatchEvent(new GkDraftEvent('discard', draft.savedAt));
  }

  /** The keyboard grid of the tables in print order; rebuilt only when the table formats change. */
  #index(models: readonly TableModel[]): void {
    const key = models[0]?.id + models.map((m) => m.def.version).join();
    if (this.#indexed === key) return;
    this.#indexed = key;
    this.#grid = new KeyboardGrid(models.map((m) => m.grid.map((row) => row.map((c) => c.address))));
  }

  protected override render() {
    const report = this.#session.value;
    const locale = this.locale;
    const messages = messagesFor(locale, this.messages);
    if (!report) return html`<p class="gk-muted">${messages.loading}</p>`;
    this.#index(tableModels(formatsOf(report)));
    return html`<div
      @input=${this.#onInput}
      @keydown=${this.#onKeydown}
      @paste=${this.#onPaste}
      @focusout=${this.#onBlur}
    >
      ${renderEditor({
        report,
        locale,
        messages,
        findings: this.currentFindings,
        derived: this.#session.derived,
        textOf: (address) => this.#session.textOf(address),
        notes: this.notes ?? {},
        disabled: this.disabled || this.formDisabled,
        canUndo: this.canUndo,
        canRedo: this.canRedo,
        deferring: this.deferBlanks && this.#left !== 'all',
        status: this.status,
        draft: this.#drafts.offered,
        on: this.#on,
        ocr: this.#review.render(this.disabled || this.formDisabled),
        suggestions: this.#suggestions.render(
          this.#session.findings,
          report,
          messages,
          locale,
          this.disabled || this.formDisabled,
        ),
      })}
    </div>`;
  }

  readonly #on = {
    undo: () => this.#travel('undo', true),
    redo: () => this.#travel('redo', true),
    checkAll: () => this.checkAll(),
    restoreDraft: () => this.#restoreDraft(),
    discardDraft: () => this.#discardDraft(),
  };
}
