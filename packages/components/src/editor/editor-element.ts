import {
  type CellDef,
  cellLabelOf,
  formatsOf,
  getCell,
  type Locale,
  type NarrativeId,
  type Report,
  setCell,
} from '@gongkai/schema';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import type { Finding } from '../engine/api.js';
import { computeTotals, validate } from '../engine/linked.js';
import { type CellChange, type ChangeSource, GkChangeEvent } from '../events/change.js';
import { GkDraftEvent } from '../events/draft.js';
import { GkValidateEvent } from '../events/validate.js';
import { FindingsChannel, type FindingsSource, findingsByPath, focusPath } from '../findings/source.js';
import { Localized } from '../i18n/localized.js';
import { type Messages, messagesFor } from '../i18n/messages.js';
import { parseCellInput } from '../i18n/numbers.js';
import { type TableModel, tableModels } from '../model/table-model.js';
import { renderReportBody } from '../render/report-body.js';
import type { CellRenderer } from '../render/table.js';
import { reportStyles } from '../styles/report-styles.js';
import { SuggestionsController } from '../suggestions/suggestions-controller.js';
import { suggestionsStyles } from '../suggestions/suggestions-styles.js';
import { type Draft, DraftStore, defaultDraftKey } from './drafts.js';
import { editorStyles } from './editor-styles.js';
import { History, type Patch } from './history.js';
import { isBlock, parseTsv } from './tsv.js';

type Value = number | null | string;

/** Where a cell sits in the keyboard grid: table, row and column. */
interface Position {
  table: number;
  row: number;
  column: number;
}

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
export class GkReportEditor extends Localized(LitElement) implements FindingsSource {
  static override styles = [reportStyles, editorStyles, suggestionsStyles];

  static override properties = {
    report: { attribute: false },
    previous: { attribute: false },
    name: { reflect: true },
    blockSubmit: { attribute: 'block-submit' },
    draftKey: { attribute: 'draft-key' },
    noDrafts: { type: Boolean, attribute: 'no-drafts' },
    disabled: { type: Boolean, reflect: true },
    messages: { attribute: false },
    current: { state: true, attribute: false },
    derived: { state: true, attribute: false },
    findings: { state: true, attribute: false },
    offeredDraft: { state: true, attribute: false },
    formDisabled: { state: true, attribute: false },
  };
  static formAssociated = true;

  /** The report to edit. Setting it starts over: history cleared, no events fired. */
  report?: Report;

  /** Last year's report by the same body, for the cross-year checks. */
  previous?: Report;

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

  /** Makes every field read-only (also set by a disabled `<fieldset>`). */
  disabled = false;

  /** Overrides of the element's own words, flat or per locale. */
  messages?: Partial<Messages> | Partial<Record<Locale, Partial<Messages>>>;

  private current?: Report;
  private derived = new Set<string>();
  private findings: readonly Finding[] = [];
  private offeredDraft?: Draft;
  private formDisabled = false;

  readonly #internals: ElementInternals | undefined;
  readonly #channel = new FindingsChannel();
  readonly #history = new History();
  /** What the clerk typed, as typed, while a cell is being edited; and text that is not a number. */
  readonly #texts = new Map<string, string>();
  #entered?: Report;
  #drafts?: DraftStore;
  #saveTimer?: ReturnType<typeof setTimeout>;
  #positions = new Map<string, Position>();
  #grids: string[][][] = [];
  #indexed?: string;
  /** 「采用建议」: each adoption one change of the person's, so one 撤销 reverts it. */
  readonly #suggestions = new SuggestionsController(this, {
    read: (path) => this.#read(path),
    shown: (path) => (this.current ? (getCell(this.current, path) ?? null) : null),
    commit: (patches) => {
      this.#history.seal();
      this.#commit(patches, 'suggestion');
      this.#history.seal();
    },
  });

  constructor() {
    super();
    this.#internals = typeof this.attachInternals === 'function' ? this.attachInternals() : undefined;
  }

  /** Findings carry sentences: a new language recomputes them. */
  protected override languageChanged(): void {
    this.#revalidate();
    super.languageChanged();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pagehide', this.#flush);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pagehide', this.#flush);
    this.#flush();
  }

  /** The report as edited, derived totals filled in: what the form submits. */
  get value(): Report | undefined {
    return this.current;
  }

  /** Cell addresses whose figures were derived rather than typed. */
  get derivedCells(): readonly string[] {
    return [...this.derived];
  }

  /** The findings currently shown (marked cells, or the editor's live checks). */
  get currentFindings(): readonly Finding[] {
    return this.findings;
  }

  /** The form the editor belongs to. */
  get form(): HTMLFormElement | null {
    return this.#internals?.form ?? null;
  }

  /** Validity as a form control: invalid while blocking findings remain (see `block-submit`). */
  get validity(): ValidityState | undefined {
    return this.#internals?.validity;
  }

  /** Why the form cannot be submitted, in the element's language. */
  get validationMessage(): string {
    return this.#internals?.validationMessage ?? '';
  }

  /** Whether the form validates this control. */
  get willValidate(): boolean {
    return this.#internals?.willValidate ?? false;
  }

  /** As for any form control: false while blocking findings remain. */
  checkValidity(): boolean {
    return this.#internals?.checkValidity() ?? true;
  }

  /** As `checkValidity`, and shows the browser's message at the first blocking cell. */
  reportValidity(): boolean {
    return this.#internals?.reportValidity() ?? true;
  }

  /** Calls back with the findings now and whenever they change; returns the unsubscribe function. */
  observeFindings(callback: (findings: readonly Finding[]) => void): () => void {
    return this.#channel.subscribe(callback);
  }

  /** Scrolls to a cell (address) or section (id) and moves focus there; false when there is none. */
  focusCell(path: string): boolean {
    return focusPath(this.shadowRoot, path, true);
  }

  /** Whether there is a change to undo. */
  get canUndo(): boolean {
    return this.#history.canUndo;
  }

  /** Whether there is an undone change to redo. */
  get canRedo(): boolean {
    return this.#history.canRedo;
  }

  /** Reverts the last change. From script: no events. */
  undo(): void {
    this.#travel('undo', false);
  }

  /** Re-applies the last reverted change. From script: no events. */
  redo(): void {
    this.#travel('redo', false);
  }

  /** Forgets the autosaved draft (for example once the report has been submitted elsewhere). */
  clearDraft(): void {
    this.#drafts?.clear();
    this.offeredDraft = undefined;
  }

  // Form-associated custom element callbacks.
  formResetCallback(): void {
    this.#start(this.report);
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formStateRestoreCallback(stateValue: string | File | FormData | null): void {
    if (typeof stateValue !== 'string') return;
    try {
      this.#adopt(JSON.parse(stateValue) as Report);
    } catch {
      // A state we did not write: keep what we have.
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('report')) this.#start(this.report);
    else if (changed.has('previous') || changed.has('blockSubmit')) this.#revalidate();
    if (changed.has('draftKey') || changed.has('noDrafts')) this.#openDrafts();
  }

  protected override updated(): void {
    this.#channel.publish(this.findings);
  }

  /** Starts over from a report set from script. */
  #start(report: Report | undefined): void {
    this.#history.clear();
    this.#texts.clear();
    this.#adopt(report);
    this.#openDrafts();
  }

  #adopt(report: Report | undefined): void {
    this.#entered = report ? structuredClone(report) : undefined;
    this.#recompute();
  }

  #openDrafts(): void {
    const report = this.#entered;
    if (this.noDrafts || !report) {
      this.#drafts = undefined;
      this.offeredDraft = undefined;
      return;
    }
    this.#drafts = new DraftStore(this.draftKey || defaultDraftKey(report));
    const draft = this.#drafts.read();
    this.offeredDraft = draft && JSON.stringify(draft.report) !== JSON.stringify(report) ? draft : undefined;
  }

  /** Derives totals, checks, and updates the form value; cheap enough for every keystroke. */
  #recompute(): void {
    const entered = this.#entered;
    if (!entered) {
      this.current = undefined;
      this.derived = new Set();
      this.findings = [];
      this.#internals?.setFormValue(null);
      return;
    }
    const { report, derived } = computeTotals(entered);
    this.current = report;
    this.derived = new Set(derived);
    this.#revalidate();
  }

  #revalidate(): void {
    const report = this.current;
    if (!report) return;
    const locale = this.locale;
    const messages = messagesFor(locale, this.messages);
    const findings = validate(report, {
      locale,
      ...(this.previous ? { previous: this.previous } : {}),
    });
    const unreadable: Finding[] = [];
    for (const [path, raw] of this.#texts) {
      if (parseCellInput(raw) !== undefined) continue;
      const def = tableModels(formatsOf(report))
        .flatMap((m) => m.grid.flat())
        .find((c) => c.address === path)?.def;
      unreadable.push({
        rule: 'cell.invalid',
        severity: 'error',
        path,
        message: `${def ? cellLabelOf(def, locale) : path}：${messages.invalidInput(raw)}`,
        fingerprint: `cell.invalid|${path}`,
      });
    }
    this.findings = unreadable.length ? [...unreadable, ...findings] : findings;
    this.#updateValidity(messages);
  }

  #updateValidity(messages: Messages): void {
    const internals = this.#internals;
    const report = this.current;
    if (!internals || !report) return;
    internals.setFormValue(JSON.stringify(report), JSON.stringify(this.#entered));
    const blocking = this.findings.filter((f) =>
      this.blockSubmit === 'never'
        ? false
        : f.severity === 'error' || (this.blockSubmit === 'warnings' && f.severity === 'warning'),
    );
    if (blocking.length === 0) {
      internals.setValidity({});
      return;
    }
    const anchor = this.shadowRoot?.getElementById(`input-${blocking[0]?.path}`) ?? undefined;
    internals.setValidity(
      { customError: true },
      messages.blockedByErrors(blocking.length),
      anchor ?? undefined,
    );
  }

  /** Applies patches made by the person editing: history, recompute, draft, events. */
  #commit(patches: Patch[], source: ChangeSource, record = true): void {
    if (!this.#entered || patches.length === 0) return;
    for (const patch of patches) this.#write(patch.path, patch.after);
    if (record) this.#history.record(patches, Date.now(), source === 'input');
    this.#recompute();
    this.#scheduleSave();
    this.#emit(patches, source);
  }

  #emit(patches: Patch[], source: ChangeSource): void {
    if (!this.current) return;
    const changes: CellChange[] = patches.map((p) => ({ path: p.path, previous: p.before, value: p.after }));
    this.dispatchEvent(new GkChangeEvent(changes, source, this.current));
    this.dispatchEvent(new GkValidateEvent(this.findings));
  }

  #read(path: string): Value {
    const entered = this.#entered;
    if (!entered) return null;
    if (path.startsWith('narrative.')) return entered.narrative[path.slice(10) as NarrativeId] ?? '';
    return getCell(entered, path) ?? null;
  }

  #write(path: string, value: Value): void {
    const entered = this.#entered;
    if (!entered) return;
    if (path.startsWith('narrative.')) {
      entered.narrative = { ...entered.narrative, [path.slice(10)]: String(value ?? '') };
      return;
    }
    setCell(entered, path, typeof value === 'number' ? value : null);
  }

  #travel(direction: 'undo' | 'redo', fromPerson: boolean): void {
    const group = direction === 'undo' ? this.#history.undo() : this.#history.redo();
    if (!group || !this.#entered) return;
    const patches =
      direction === 'undo'
        ? [...group].reverse().map((p) => ({ path: p.path, before: p.after, after: p.before }))
        : group;
    for (const p of patches) this.#texts.delete(p.path);
    if (fromPerson) this.#commit(patches, direction, false);
    else {
      for (const patch of patches) this.#write(patch.path, patch.after);
      this.#recompute();
      this.#scheduleSave();
    }
  }

  #scheduleSave(): void {
    if (!this.#drafts) return;
    clearTimeout(this.#saveTimer);
    // Written off the keystroke's frame; flushed on blur and pagehide so nothing typed is lost.
    this.#saveTimer = setTimeout(this.#flush, 150);
  }

  readonly #flush = (): void => {
    if (this.#saveTimer === undefined) return;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    if (this.#drafts && this.#entered) this.#drafts.write(this.#entered);
  };

  // Event handlers: everything below is what a person did.

  #onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const path = input.dataset.path;
    if (!path) return;
    if (input.localName === 'textarea') {
      this.#commit([{ path, before: this.#read(path), after: input.value }], 'input');
      return;
    }
    this.#texts.set(path, input.value);
    const parsed = parseCellInput(input.value);
    const before = this.#read(path);
    const after = parsed === undefined ? null : parsed;
    if (after === before && parsed !== undefined) {
      this.#recompute();
      this.dispatchEvent(new GkValidateEvent(this.findings));
      return;
    }
    this.#commit([{ path, before, after }], 'input');
  }

  #onBlur(event: FocusEvent): void {
    const input = event.target as HTMLInputElement;
    const path = input.dataset.path;
    this.#history.seal();
    this.#flush();
    if (
      path &&
      input.localName === 'input' &&
      parseCellInput(input.value) !== undefined &&
      this.#texts.delete(path)
    ) {
      this.requestUpdate();
    }
  }

  #onKeydown(event: KeyboardEvent): void {
    const mod = event.ctrlKey || event.metaKey;
    if (
      mod &&
      !event.altKey &&
      (event.key === 'z' || event.key === 'Z' || event.key === 'y' || event.key === 'Y')
    ) {
      event.preventDefault();
      this.#travel(event.key.toLowerCase() === 'y' || event.shiftKey ? 'redo' : 'undo', true);
      return;
    }
    const input = event.target as HTMLInputElement;
    if (input.localName !== 'input' || !input.dataset.path || event.altKey || mod) return;
    const at = this.#positions.get(input.dataset.path);
    if (!at) return;
    const caretAtStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const caretAtEnd = input.selectionStart === input.value.length;
    const allSelected = input.selectionStart === 0 && input.selectionEnd === input.value.length;
    let next: string | undefined;
    switch (event.key) {
      case 'ArrowUp':
        next = this.#move(at, -1, 0);
        break;
      case 'ArrowDown':
        next = this.#move(at, 1, 0);
        break;
      case 'Enter':
        next = this.#move(at, event.shiftKey ? -1 : 1, 0);
        break;
      case 'ArrowLeft':
        if (caretAtStart || allSelected) next = this.#move(at, 0, -1);
        break;
      case 'ArrowRight':
        if (caretAtEnd || allSelected) next = this.#move(at, 0, 1);
        break;
      default:
        return;
    }
    if (next === undefined) return;
    event.preventDefault();
    const target = this.shadowRoot?.getElementById(`input-${next}`) as HTMLInputElement | null;
    if (target) {
      target.focus();
      target.select();
      target.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    }
  }

  /** The address one step away in the keyboard grid; rows continue into the next table. */
  #move(at: Position, dRow: number, dColumn: number): string | undefined {
    let { table, row, column } = at;
    const grid = () => this.#grids[table] ?? [];
    if (dColumn !== 0) {
      column += dColumn;
      if (column < 0 || column >= (grid()[row]?.length ?? 0)) {
        row += dColumn;
        if (row < 0 || row >= grid().length) return undefined;
        column = dColumn > 0 ? 0 : (grid()[row]?.length ?? 1) - 1;
      }
    } else {
      row += dRow;
      if (row < 0) {
        table--;
        if (table < 0) return undefined;
        row = grid().length - 1;
      } else if (row >= grid().length) {
        table++;
        if (table >= this.#grids.length) return undefined;
        row = 0;
      }
      column = Math.min(column, (grid()[row]?.length ?? 1) - 1);
    }
    return grid()[row]?.[column];
  }

  #onPaste(event: ClipboardEvent): void {
    const input = event.target as HTMLInputElement;
    const path = input.dataset.path;
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!path || input.localName !== 'input' || !isBlock(text)) return;
    const at = this.#positions.get(path);
    if (!at) return;
    event.preventDefault();
    const grid = this.#grids[at.table] ?? [];
    const patches: Patch[] = [];
    parseTsv(text).forEach((values, r) => {
      const row = grid[at.row + r];
      values.forEach((raw, c) => {
        const address = row?.[at.column + c];
        if (!address) return;
        const parsed = parseCellInput(raw);
        if (parsed === undefined) this.#texts.set(address, raw.trim());
        else this.#texts.delete(address);
        patches.push({ path: address, before: this.#read(address), after: parsed ?? null });
      });
    });
    this.#history.seal();
    this.#commit(patches, 'paste');
    this.#history.seal();
  }

  #restoreDraft(): void {
    const draft = this.offeredDraft;
    if (!draft) return;
    this.offeredDraft = undefined;
    this.#history.clear();
    this.#texts.clear();
    this.#entered = structuredClone(draft.report);
    this.#recompute();
    this.dispatchEvent(new GkDraftEvent('restore', draft.savedAt));
    this.dispatchEvent(new GkValidateEvent(this.findings));
  }

  #discardDraft(): void {
    const draft = this.offeredDraft;
    if (!draft) return;
    this.clearDraft();
    this.dispatchEvent(new GkDraftEvent('discard', draft.savedAt));
  }

  /** The keyboard grid of the tables in print order; rebuilt only when the table formats change. */
  #index(models: readonly TableModel[]): void {
    if (this.#indexed === models[0]?.id + models.map((m) => m.def.version).join()) return;
    this.#indexed = models[0]?.id + models.map((m) => m.def.version).join();
    this.#grids = models.map((m) => m.grid.map((row) => row.map((c) => c.address)));
    this.#positions = new Map();
    for (const [table, grid] of this.#grids.entries()) {
      for (const [row, cells] of grid.entries()) {
        for (const [column, address] of cells.entries()) this.#positions.set(address, { table, row, column });
      }
    }
  }

  protected override render() {
    const report = this.current;
    const locale = this.locale;
    const messages = messagesFor(locale, this.messages);
    if (!report) return html`<p class="gk-muted">${messages.loading}</p>`;
    const disabled = this.disabled || this.formDisabled;
    this.#index(tableModels(formatsOf(report)));
    const marks = findingsByPath(this.findings);
    const cells: CellRenderer = {
      classes: (cell) => {
        const first = marks.get(cell.address)?.[0];
        return `gk-input-cell${first ? ` gk-${first.severity}` : ''}${this.derived.has(cell.address) ? ' gk-derived' : ''}`;
      },
      content: (cell) => {
        const value = getCell(report, cell.address);
        const text = this.#texts.get(cell.address) ?? (typeof value === 'number' ? String(value) : '');
        const found = marks.get(cell.address);
        const derived = this.derived.has(cell.address);
        const note =
          found?.map((f) => messages.cellHasFinding(messages.severity[f.severity], f.message)).join('；') ??
          '';
        const invalid = found?.[0]?.severity === 'error';
        // Only cells whose text, marks or state changed are re-rendered on a keystroke.
        return guard([text, derived, note, invalid, disabled, locale], () => {
          const describedBy = [derived ? 'derived-hint' : '', note ? `note-${cell.address}` : '']
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
            />${note ? html`<span class="gk-sr" id=${`note-${cell.address}`}>${note}</span>` : nothing}`;
        });
      },
    };
    return html`<div
      @input=${this.#onInput}
      @keydown=${this.#onKeydown}
      @paste=${this.#onPaste}
      @focusout=${this.#onBlur}
    >
      ${renderReportBody(report, {
        locale,
        messages,
        cells,
        showMissing: true,
        afterTitle: html`${this.#renderDraftOffer(messages, locale)}
          <div class="gk-toolbar gk-no-print" part="toolbar" role="toolbar" aria-label=${messages.toolbar}>
            <button type="button" ?disabled=${!this.#history.canUndo || disabled} @click=${() => this.#travel('undo', true)}>
              ${messages.undo}
            </button>
            <button type="button" ?disabled=${!this.#history.canRedo || disabled} @click=${() => this.#travel('redo', true)}>
              ${messages.redo}
            </button>
            <span class="gk-legend"><span class="gk-legend-derived">123</span> ${messages.derived}</span>
            <span class="gk-sr" id="derived-hint">${messages.derivedHint}</span>
          </div>
          ${this.#suggestions.render(this.findings, report, messages, locale, disabled)}`,
        narrative: (id: NarrativeId, text: string, headingId: string) =>
          html`<textarea
            id=${`narrative-${id}`}
            data-path=${`narrative.${id}`}
            aria-labelledby=${headingId}
            .value=${live(text)}
            ?disabled=${disabled}
          ></textarea>`,
      })}
    </div>`;
  }

  #renderDraftOffer(messages: Messages, locale: Locale) {
    const draft = this.offeredDraft;
    if (!draft) return nothing;
    const when = new Date(draft.savedAt).toLocaleString(locale === 'en' ? 'en' : 'zh-CN');
    return html`<div class="gk-draft gk-no-print" part="draft" role="status">
      <p>${messages.draftFound(when)}</p>
      <button type="button" @click=${this.#restoreDraft}>${messages.draftRestore}</button>
      <button type="button" @click=${this.#discardDraft}>${messages.draftDiscard}</button>
    </div>`;
  }
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
