import { getCell, type Locale, type NarrativeId, type Report, setCell } from '@gongkai/schema';
import type { Finding } from '../engine/api.js';
import { computeTotals, validate } from '../engine/linked.js';
import { parseCellInput } from '../i18n/numbers.js';
import { History, type Patch } from './history.js';

export type Value = number | null | string;

/** What the checks need beside the report. */
export interface SessionContext {
  locale: Locale;
  previous?: Report;
}

/**
 * One editing session of a report, without the DOM: the figures as entered, the text typed in cells
 * (kept exactly, also when it is not a number), undo history, the derived totals and the findings.
 * The element turns events into these calls and renders what the session holds.
 */
export class EditSession {
  readonly #history = new History();
  /** What the clerk typed, as typed, while a cell is being edited; and text that is not a number. */
  readonly #typed = new Map<string, string>();
  #entered?: Report;
  #current?: Report;
  #derived = new Set<string>();
  #findings: readonly Finding[] = [];

  constructor(readonly context: () => SessionContext) {}

  /** The report as entered, totals derived: what the form submits. */
  get value(): Report | undefined {
    return this.#current;
  }

  /** The report as entered, without derived totals: what a draft keeps. */
  get entered(): Report | undefined {
    return this.#entered;
  }

  get derived(): ReadonlySet<string> {
    return this.#derived;
  }

  get findings(): readonly Finding[] {
    return this.#findings;
  }

  get canUndo(): boolean {
    return this.#history.canUndo;
  }

  get canRedo(): boolean {
    return this.#history.canRedo;
  }

  /** Cell text that is not a number, by address: kept in drafts until it is corrected. */
  get unreadable(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [path, raw] of this.#typed) if (parseCellInput(raw) === undefined) out[path] = raw;
    return out;
  }

  /** The text a cell shows: as typed while edited or unreadable, else its figure. */
  textOf(address: string): string {
    const typed = this.#typed.get(address);
    if (typed !== undefined) return typed;
    const value = this.#current ? getCell(this.#current, address) : undefined;
    return typeof value === 'number' ? String(value) : '';
  }

  /** Starts over from a report (history cleared), with the unreadable texts of a draft if any. */
  start(report: Report | undefined, typed: Readonly<Record<string, string>> = {}): void {
    this.#history.clear();
    this.#typed.clear();
    for (const [path, raw] of Object.entries(typed)) this.#typed.set(path, raw);
    this.adopt(report);
  }

  /** Takes a report as entered, keeping history (form state restore). */
  adopt(report: Report | undefined): void {
    this.#entered = report ? structuredClone(report) : undefined;
    this.recompute();
  }

  /** Derives totals and checks; cheap enough for every keystroke. */
  recompute(): void {
    const entered = this.#entered;
    if (!entered) {
      this.#current = undefined;
      this.#derived = new Set();
      this.#findings = [];
      return;
    }
    const { report, derived } = computeTotals(entered);
    this.#current = report;
    this.#derived = new Set(derived);
    this.revalidate();
  }

  /** Checks again (language or last year's report changed). */
  revalidate(): void {
    const report = this.#current;
    if (!report) return;
    const { locale, previous } = this.context();
    this.#findings = validate(report, {
      locale,
      ...(previous ? { previous } : {}),
      typed: this.unreadable,
    });
  }

  read(path: string): Value {
    const entered = this.#entered;
    if (!entered) return null;
    if (path.startsWith('narrative.')) return entered.narrative[path.slice(10) as NarrativeId] ?? '';
    return getCell(entered, path) ?? null;
  }

  /** Text typed in a cell: the patch to record, or undefined when the figure is unchanged. */
  typeInCell(path: string, raw: string): Patch | undefined {
    this.#typed.set(path, raw);
    const parsed = parseCellInput(raw);
    const before = this.read(path);
    const after = parsed === undefined ? null : parsed;
    if (after === before && parsed !== undefined) {
      this.recompute();
      return undefined;
    }
    return { path, before, after };
  }

  /** The patches of a pasted block, its unreadable values kept as typed. */
  pasteCells(placed: readonly { address: string; raw: string }[]): Patch[] {
    return placed.map(({ address, raw }) => {
      const parsed = parseCellInput(raw);
      if (parsed === undefined) this.#typed.set(address, raw.trim());
      else this.#typed.delete(address);
      return { path: address, before: this.read(address), after: parsed ?? null };
    });
  }

  /** Applies patches made by the person editing; `record` false for undo and redo themselves. */
  apply(patches: readonly Patch[], record: boolean, mergeable: boolean): void {
    if (!this.#entered || patches.length === 0) return;
    for (const patch of patches) this.#write(patch.path, patch.after);
    if (record) this.#history.record([...patches], Date.now(), mergeable);
    this.recompute();
  }

  /** The patches that undo (or redo) the last group, already applied; undefined when there is none. */
  travel(direction: 'undo' | 'redo'): Patch[] | undefined {
    const group = direction === 'undo' ? this.#history.undo() : this.#history.redo();
    if (!group || !this.#entered) return undefined;
    const patches =
      direction === 'undo'
        ? [...group].reverse().map((p) => ({ path: p.path, before: p.after, after: p.before }))
        : group;
    for (const p of patches) this.#typed.delete(p.path);
    this.apply(patches, false, false);
    return patches;
  }

  /** Ends the current typing run. */
  seal(): void {
    this.#history.seal();
  }

  /** Leaving a cell: its text, once a number, is shown as the figure. True when that changed something. */
  settle(path: string): boolean {
    const raw = this.#typed.get(path);
    return raw !== undefined && parseCellInput(raw) !== undefined && this.#typed.delete(path);
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
}
