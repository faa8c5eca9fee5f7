import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Finding } from '../engine/api.js';
import type { OcrMessages } from '../i18n/ocr-messages.js';
import {
  confirmationsOf,
  confirmedWith,
  decide,
  fieldText,
  isConfirmed,
  nextPending,
  type OcrReview,
  type OcrReviewItem,
  pendingOf,
  reviewKeyOf,
  stepTo,
} from './ocr-review.js';

/** What the walk-through needs from the editor. */
export interface ReviewContext {
  /** The cell's figure as entered now. */
  valueOf: (address: string) => number | null;
  /** The cell's name (section, row, column) in the current language. */
  labelOf: (address: string) => string;
  /** Puts a corrected figure in the cell, as the person's change (history, checks, events). */
  correct: (address: string, value: number | null) => void;
  /** A confirmation was made: save the draft, check validity, tell the page. */
  confirmed: (address: string, value: number | null, corrected: boolean) => void;
  messages: () => OcrMessages;
}

/**
 * The 「请核对」 walk-through of a report read by OCR: one listed cell at a time, its crop beside the value,
 * 确认 or 改正, previous and next, all from the keyboard. The logic is `ocr-review.ts`; this holds where the
 * walk is and renders it.
 */
export class OcrReviewController implements ReactiveController {
  #items: readonly OcrReviewItem[] = [];
  #confirmed: Record<string, number | null> = {};
  #at = 0;
  /** What the person typed in the value field for the current cell (undefined: the figure as it is). */
  #text?: string;
  #status = '';
  #select = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly context: ReviewContext,
  ) {
    host.addController(this);
  }

  /** Starts the walk over a report's OCR draft (none: no walk-through). */
  start(review: OcrReview | undefined): void {
    this.#items = review?.toConfirm ?? [];
    this.#confirmed = confirmationsOf(review?.confirmed);
    this.#text = undefined;
    this.#status = '';
    this.#at = Math.max(0, this.#items.indexOf(this.pending[0]!));
  }

  /** Takes the confirmations of a restored draft. */
  restore(confirmed: Record<string, number | null> | undefined): void {
    if (confirmed) this.start({ toConfirm: this.#items, confirmed });
  }

  get active(): boolean {
    return this.#items.length > 0;
  }

  /** Confirmations so far, with the values confirmed: what a draft keeps. */
  get confirmations(): Record<string, number | null> {
    return this.#confirmed;
  }

  /** The listed cells still awaiting a person. */
  get pending(): OcrReviewItem[] {
    return pendingOf(this.#items, this.#confirmed, this.context.valueOf);
  }

  /** A warning at every cell awaiting a person: no list says 「未发现问题」 of an unconfirmed OCR draft. */
  findings(): Finding[] {
    const m = this.context.messages();
    return this.pending.map((item) => ({
      rule: 'ocr.unconfirmed',
      severity: 'warning',
      path: item.address,
      message: m.finding(this.context.labelOf(item.address), item.message),
    }));
  }

  hostUpdated(): void {
    if (!this.#select) return;
    this.#select = false;
    const field = this.host.shadowRoot?.getElementById('ocr-value') as HTMLInputElement | null;
    field?.select();
  }

  #current(): OcrReviewItem | undefined {
    return this.#items[this.#at];
  }

  #move(step: 1 | -1): void {
    this.#at = stepTo(this.#items.length, this.#at, step);
    this.#text = undefined;
    this.#status = '';
    this.#select = true;
    this.host.requestUpdate();
  }

  #act(intent: 'accept' | 'confirm' | 'correct'): void {
    const item = this.#current();
    if (!item) return;
    const m = this.context.messages();
    const current = this.context.valueOf(item.address);
    const decision = decide(current, this.#text ?? fieldText(current), intent);
    if (decision.kind === 'invalid') {
      this.#status = m.notANumber;
      this.host.requestUpdate();
      return;
    }
    const corrected = decision.kind === 'correct' && decision.value !== current;
    if (corrected) this.context.correct(item.address, decision.value);
    this.#confirmed = confirmedWith(this.#confirmed, item.address, decision.value);
    const left = this.pending;
    this.#status = m.confirmedStatus(
      this.context.labelOf(item.address),
      decision.value === null ? m.blank : String(decision.value),
      left.length,
    );
    this.#at = nextPending(this.#items, this.#at, (i) => left.includes(i));
    this.#text = undefined;
    this.#select = true;
    this.context.confirmed(item.address, decision.value, corrected);
    this.host.requestUpdate();
  }

  #onKeydown = (event: KeyboardEvent): void => {
    const key = reviewKeyOf(event);
    if (!key) return;
    event.preventDefault();
    // The editor's own keys (undo, grid moves) are not for this field.
    event.stopPropagation();
    if (key === 'accept') this.#act('accept');
    else if (key === 'next') this.#move(1);
    else if (key === 'previous') this.#move(-1);
    else {
      this.#text = undefined;
      this.#select = true;
      this.host.requestUpdate();
    }
  };

  #onInput = (event: Event): void => {
    event.stopPropagation();
    this.#text = (event.target as HTMLInputElement).value;
  };

  render(disabled: boolean) {
    const item = this.#current();
    if (!item) return nothing;
    const m = this.context.messages();
    const total = this.#items.length;
    const left = this.pending.length;
    const label = this.context.labelOf(item.address);
    const current = this.context.valueOf(item.address);
    const done = isConfirmed(this.#confirmed, item.address, current);
    const shown = (v: number | null) => (v === null ? m.blank : String(v));
    return html`<section
      class=${`gk-ocr gk-no-print${left > 0 ? ' gk-ocr-open' : ''}`}
      part="ocr-review"
      aria-labelledby="ocr-heading"
      @keydown=${this.#onKeydown}
      @input=${this.#onInput}
    >
      <h2 id="ocr-heading">${m.heading(left)}</h2>
      <p class="gk-ocr-banner">${left > 0 ? m.unconfirmed(left, total) : m.allConfirmed(total)}</p>
      <div class="gk-ocr-item">
        <p class="gk-ocr-where"><strong>${m.position(this.#at + 1, total)}</strong> ${label}</p>
        ${
          item.crop
            ? html`<img class="gk-ocr-crop" src=${item.crop} alt=${m.cropAlt(label)} />`
            : html`<p class="gk-ocr-crop gk-ocr-nocrop">${m.noCrop}</p>`
        }
        <div class="gk-ocr-read">
          <p>${m.read(shown(item.value), item.confidence, item.page)}</p>
          <p id="ocr-why">${m.why}：${item.message}</p>
          <label for="ocr-value">${m.valueLabel(label)}</label>
          <input
            id="ocr-value"
            inputmode="decimal"
            autocomplete="off"
            spellcheck="false"
            .value=${live(this.#text ?? fieldText(current))}
            ?disabled=${disabled}
            aria-describedby="ocr-why ocr-state ocr-keys"
          />
          <p id="ocr-state" class="gk-ocr-state">${done ? m.isConfirmed(shown(current)) : ''}</p>
          <p id="ocr-keys" class="gk-ocr-keys">${m.keysHint}</p>
          <div class="gk-ocr-actions">
            <button type="button" ?disabled=${disabled} @click=${() => this.#act('confirm')}>${m.confirm}</button>
            <button type="button" ?disabled=${disabled} @click=${() => this.#act('correct')}>${m.correct}</button>
            <button type="button" ?disabled=${this.#at === 0} @click=${() => this.#move(-1)}>${m.previous}</button>
            <button type="button" ?disabled=${this.#at >= total - 1} @click=${() => this.#move(1)}>${m.next}</button>
          </div>
        </div>
      </div>
      <p class="gk-ocr-status" role="status">${this.#status}</p>
    </section>`;
  }
}
