import type { Report } from '@gongkai/schema';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Draft, DraftStore, defaultDraftKey } from './drafts.js';
import { confirmationsOf } from './ocr-review.js';

/**
 * What a draft saves: the report as entered, the cell texts that are not numbers yet, and the OCR cells
 * a person confirmed.
 */
export interface DraftContent {
  report: Report;
  typed: Record<string, string>;
  confirmed?: Record<string, number | null>;
}

/**
 * Autosaved drafts for an element: opens the store of a report, offers a draft that differs from it,
 * saves off the keystroke's frame and flushes on blur, disconnect and pagehide, so nothing typed is lost.
 */
export class DraftController implements ReactiveController {
  #store?: DraftStore;
  #timer?: ReturnType<typeof setTimeout>;
  #offered?: Draft;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly content: () => DraftContent | undefined,
  ) {
    host.addController(this);
  }

  /** The saved draft offered back, when it differs from the report the page set. */
  get offered(): Draft | undefined {
    return this.#offered;
  }

  hostConnected(): void {
    addEventListener('pagehide', this.flush);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.flush);
    this.flush();
  }

  /** Opens the drafts of a report (`key` or the agency and year); none when `report` is undefined. */
  open(report: Report | undefined, key: string | undefined): void {
    this.#store = report ? new DraftStore(key || defaultDraftKey(report)) : undefined;
    const draft = this.#store?.read();
    const confirmed = confirmationsOf(draft?.confirmed);
    const differs =
      draft &&
      (JSON.stringify(draft.report) !== JSON.stringify(report) ||
        Object.keys(typedOf(draft)).length > 0 ||
        Object.keys(confirmed).length > 0);
    this.#offered = differs ? { ...draft, typed: typedOf(draft), confirmed } : undefined;
    this.host.requestUpdate();
  }

  /** Takes the offered draft away (restored or discarded) and returns it. */
  take(): Draft | undefined {
    const draft = this.#offered;
    this.#offered = undefined;
    this.host.requestUpdate();
    return draft;
  }

  /** Forgets the saved draft. */
  clear(): void {
    this.#store?.clear();
    this.take();
  }

  /** Saves soon: written off the keystroke's frame. */
  schedule(): void {
    if (!this.#store) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.flush, 150);
  }

  /** Saves now what is scheduled. */
  readonly flush = (): void => {
    if (this.#timer === undefined) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const content = this.content();
    if (this.#store && content)
      this.#store.write(content.report, content.typed, undefined, content.confirmed);
  };
}

/** A draft's typed texts, only string values (storage is the user's to edit). */
function typedOf(draft: Draft): Record<string, string> {
  const out: Record<string, string> = {};
  if (draft.typed && typeof draft.typed === 'object') {
    for (const [path, raw] of Object.entries(draft.typed)) if (typeof raw === 'string') out[path] = raw;
  }
  return out;
}
