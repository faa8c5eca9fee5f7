/**
 * The app's state in one place: the drafts, which one is open, the language and the screen. Views read
 * it and call its methods; every change is saved at once and re-renders the page. Slightly over ~300
 * lines: one method per user action, each a few lines; the storage itself lives in `drafts/`.
 */
import type { Locale, Report } from '@gongkai/schema';
import { type Draft, type ImportedOriginal, newDraftId } from '../drafts/draft.js';
import { loadCurrentId, loadDrafts, removeDraft, saveCurrentId, saveDraft } from '../drafts/draft-storage.js';
import { applyLocale, savedLocale } from '../i18n/locale.js';
import { type ImportedInput, importInput } from '../import/import-input.js';
import { type EditedValue, withEdits } from './edits.js';
import { isView, type View } from './views.js';

type Listener = () => void;

/** IndexedDB for imported PDFs, loaded only when one is kept or a draft is deleted. */
const originals = () => import('../drafts/original-storage.js');

/** The draft an import would duplicate: the same body (by name) and year, the open one first. */
function sameBodyAndYear(
  drafts: readonly Draft[],
  report: Report,
  currentId: string | null,
): Draft | undefined {
  const name = report.agency?.name?.trim();
  if (!name) return undefined;
  const same = drafts.filter((d) => d.report.year === report.year && d.report.agency?.name?.trim() === name);
  return same.find((d) => d.id === currentId) ?? same[0];
}

export type FocusRequest = { line: number } | { cell: string };

export class Store {
  drafts: Draft[] = loadDrafts();
  currentId: string | null = loadCurrentId();
  locale: Locale = savedLocale();
  view: View = 'edit';
  /** What the app is busy with (an import, an export), for the status line. */
  busy: string | null = null;
  /** The last failure, shown until the next action. */
  error: string | null = null;
  /** Whether the browser refused to save the last change (quota, private mode). */
  storageFailed = false;
  /** Whether the preview marks the cells that have findings. */
  previewFindings = false;
  /** Where to move focus once the next screen has rendered: a line of the source, or a cell. */
  pendingFocus: FocusRequest | null = null;
  /** Bumped when the open report is replaced from outside the editor (import, another draft). */
  revision = 0;
  /** An import of a body and year that already has a draft, waiting for the person: replace it or keep both. */
  pendingImport: { imported: ImportedInput; sameAs: string } | null = null;

  readonly #listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #changed(): void {
    for (const listener of this.#listeners) listener();
  }

  get current(): Draft | undefined {
    return this.drafts.find((d) => d.id === this.currentId) ?? this.drafts[0];
  }

  /** Asks for focus on a source line or a cell after the next render (links between screens). */
  requestFocus(request: FocusRequest): void {
    this.pendingFocus = request;
    // A link to the screen already shown changes no hash: render (and so focus) now.
    this.#changed();
  }

  setPreviewFindings(on: boolean): void {
    this.previewFindings = on;
    this.#changed();
  }

  setLocale(locale: Locale): void {
    this.locale = locale;
    applyLocale(locale);
    this.#changed();
    void this.localizeDiagnostics();
  }

  /**
   * Reads the current draft's source again for diagnostics in the page's language. Only the
   * diagnostics are replaced: they describe the source, which edits do not change. Binary sources are
   * not kept, so theirs stay in the language they were imported in.
   */
  async localizeDiagnostics(): Promise<void> {
    const draft = this.current;
    const text = draft?.source?.text;
    const locale = this.locale;
    if (!draft || text === undefined || (draft.diagnosticsLocale ?? 'zh') === locale) return;
    try {
      const again = await importInput(text, draft.source?.name ?? '', locale);
      const latest = this.drafts.find((d) => d.id === draft.id);
      if (latest && this.locale === locale)
        this.#replace({ ...latest, diagnostics: again.diagnostics, diagnosticsLocale: locale });
    } catch {
      // The source imported before; if it no longer does, the old diagnostics are still right, only in the other language.
    }
  }

  /** Follows the URL hash (`#edit`, `#compare`…), so every screen has an address and Back works. */
  setViewFromHash(hash: string): void {
    const name = hash.replace(/^#\/?/, '');
    this.view = isView(name) ? name : 'edit';
    this.#changed();
  }

  select(id: string): void {
    this.currentId = id;
    this.revision++;
    saveCurrentId(id);
    this.#changed();
    void this.localizeDiagnostics();
  }

  /** Imports text or a file's bytes into a new draft, which becomes the current one. */
  async importAsDraft(
    input: string | ArrayBuffer,
    name: string,
    busyLabel: string,
  ): Promise<Draft | undefined> {
    const imported = await this.run(busyLabel, () => importInput(input, name, this.locale));
    if (!imported) return undefined;
    const same = sameBodyAndYear(this.drafts, imported.report, this.currentId);
    if (!same) return this.#addDraft(imported);
    // Nothing is replaced unless the person says so: the import waits for 「替换」 or 「另存为新草稿」.
    this.pendingImport = { imported, sameAs: same.id };
    this.#changed();
    return undefined;
  }

  /** Settles the waiting import: over the draft of the same body and year, or as a draft of its own. */
  settleImport(choice: 'replace' | 'new'): Draft | undefined {
    const pending = this.pendingImport;
    if (!pending) return undefined;
    this.pendingImport = null;
    const old = this.drafts.find((d) => d.id === pending.sameAs);
    if (choice === 'new' || !old) return this.#addDraft(pending.imported);
    const { imported } = pending;
    const next: Draft = {
      id: old.id,
      updatedAt: Date.now(),
      report: imported.report,
      diagnostics: imported.diagnostics,
      diagnosticsLocale: this.locale,
      ...(imported.source ? { source: imported.source } : {}),
      ...(old.previous ? { previous: old.previous } : {}),
    };
    this.#replace(next);
    this.select(next.id);
    if (imported.original) this.#keepOriginal(next.id, imported.original);
    // A draft replaced by an import of another kind of file keeps no stale PDF.
    else if (old.original) void originals().then((o) => o.removeOriginal(old.id));
    return next;
  }

  /** Adds a draft for an already-imported input (the seed, an example of the corpus). */
  #addDraft(imported: ImportedInput, previous?: Report): Draft {
    const draft: Draft = {
      id: newDraftId(),
      updatedAt: Date.now(),
      report: imported.report,
      diagnostics: imported.diagnostics,
      diagnosticsLocale: this.locale,
      ...(imported.source ? { source: imported.source } : {}),
      ...(previous ? { previous } : {}),
    };
    this.drafts = [draft, ...this.drafts];
    this.#persist(draft);
    this.select(draft.id);
    if (imported.original) this.#keepOriginal(draft.id, imported.original);
    return draft;
  }

  /**
   * Keeps an imported PDF beside its draft: the boxes in the draft, the bytes in IndexedDB. The draft is
   * made first and stays whatever happens; a refusal only marks it so the screen says the page is lost.
   */
  #keepOriginal(id: string, original: ImportedOriginal): void {
    const mark = (patch: Partial<Draft>) => {
      const draft = this.drafts.find((d) => d.id === id);
      if (draft) this.#replace({ ...draft, ...patch });
    };
    const { sources, pageCount } = original;
    mark({ original: { kind: 'pdf', sources, pageCount } });
    void originals()
      .then((o) => o.saveOriginal(id, original.bytes))
      .catch(() => false)
      .then((kept) => {
        const draft = this.drafts.find((d) => d.id === id);
        if (draft?.original) mark({ original: { ...draft.original, kept } });
      });
  }

  /**
   * Applies what the person typed in the editor to the draft. The draft keeps the figures as entered,
   * not the editor's derived totals, so a total derived today is derived again after tomorrow's edit.
   */
  applyEdits(changes: readonly (EditedValue & { text?: string })[]): void {
    const draft = this.current;
    if (!draft) return;
    // Text that is not a number stays in the draft exactly as typed, until it is corrected.
    const typed = { ...draft.typed };
    for (const change of changes) {
      if (change.text !== undefined) typed[change.path] = change.text;
      else delete typed[change.path];
    }
    this.#updateCurrent({ report: withEdits(draft.report, changes), typed });
  }

  /** Opens a report read from a scan by OCR as a new draft, its cells to confirm with it. */
  addOcrDraft(imported: ImportedInput & { ocr: NonNullable<Draft['ocr']> }): Draft {
    const draft = this.#addDraft(imported);
    const next = { ...draft, ocr: imported.ocr };
    this.#replace(next);
    return next;
  }

  /** Keeps what the person confirmed in the OCR walk-through of the open draft. */
  confirmOcr(confirmed: Readonly<Record<string, number | null>>): void {
    const draft = this.current;
    if (draft?.ocr) this.#updateCurrent({ ocr: { ...draft.ocr, confirmed: { ...confirmed } } });
  }

  /** Replaces the open report from outside the editor (its particulars); the editor starts over from it. */
  replaceReport(report: Report): void {
    this.revision++;
    this.#updateCurrent({ report });
  }

  /** Sets (or with `undefined` removes) last year's report of the current draft. */
  setPrevious(previous: Report | undefined): void {
    const draft = this.current;
    if (!draft) return;
    const { previous: _dropped, ...rest } = draft;
    const next: Draft = previous
      ? { ...rest, previous, updatedAt: Date.now() }
      : { ...rest, updatedAt: Date.now() };
    this.#replace(next);
  }

  /** Imports a report to serve as last year's (a file, or text). */
  async importPrevious(input: string | ArrayBuffer, name: string, busyLabel: string): Promise<void> {
    const imported = await this.run(busyLabel, () => importInput(input, name, this.locale));
    if (imported) this.setPrevious(imported.report);
  }

  /** Opens a new draft from text known in advance (the seed), with last year's report if given. */
  async importKnown(
    text: string,
    name: string,
    busyLabel: string,
    previous?: { text: string; name: string },
  ): Promise<void> {
    const imported = await this.run(busyLabel, () => importInput(text, name, this.locale));
    if (!imported) return;
    const last = previous
      ? await this.run(busyLabel, () => importInput(previous.text, previous.name, this.locale))
      : undefined;
    this.#addDraft(imported, last?.report);
  }

  /** Opens a new draft holding a report as is: a blank report, or one begun from last year's. */
  addReport(report: Report, origin: Draft['origin'] = { kind: 'blank' }, previous?: Report): void {
    const draft = this.#addDraft({ report, diagnostics: [] }, previous);
    this.#replace({ ...draft, origin });
  }

  remove(id: string): void {
    removeDraft(id);
    if (this.drafts.find((d) => d.id === id)?.original) void originals().then((o) => o.removeOriginal(id));
    this.drafts = this.drafts.filter((d) => d.id !== id);
    if (this.currentId === id) {
      this.revision++;
      this.currentId = this.drafts[0]?.id ?? null;
      if (this.currentId) saveCurrentId(this.currentId);
    }
    this.#changed();
  }

  /**
   * Takes in drafts saved by another tab of the app (the browser's `storage` event), so two tabs never
   * show stale lists; when the open draft changed there, the editor reloads it.
   */
  syncFromStorage(): void {
    const before = this.current;
    this.drafts = loadDrafts();
    const after = this.current;
    if (after && before && after.id === before.id && after.updatedAt !== before.updatedAt) this.revision++;
    if (after?.id !== before?.id) this.revision++;
    this.#changed();
  }

  /** Renders again after something outside the state arrived (a chunk loaded on demand). */
  refresh(): void {
    this.#changed();
  }

  /** Runs an async step with a busy label, turning a failure into the error line instead of a crash. */
  async run<T>(label: string, step: () => Promise<T>): Promise<T | undefined> {
    this.busy = label;
    this.error = null;
    this.#changed();
    try {
      return await step();
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      return undefined;
    } finally {
      this.busy = null;
      this.#changed();
    }
  }

  #updateCurrent(patch: Partial<Draft>): void {
    const draft = this.current;
    if (!draft) return;
    this.#replace({ ...draft, ...patch, updatedAt: Date.now() });
  }

  #replace(next: Draft): void {
    this.drafts = this.drafts.map((d) => (d.id === next.id ? next : d));
    this.#persist(next);
    this.#changed();
  }

  #persist(draft: Draft): void {
    this.storageFailed = !saveDraft(draft);
  }
}
