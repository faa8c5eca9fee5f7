/**
 * The person confirmed a cell of a report read by OCR in the walk-through (kept its value, or corrected
 * it first). A page that keeps its own drafts saves `confirmed` and gives it back as `ocr.confirmed`.
 */
export class GkOcrConfirmEvent extends Event {
  static readonly eventName = 'gk-ocr-confirm';
  constructor(
    readonly address: string,
    readonly value: number | null,
    /** True when the person typed a new value rather than keeping the one read. */
    readonly corrected: boolean,
    /** Every confirmation so far, by address, with the value confirmed. */
    readonly confirmed: Readonly<Record<string, number | null>>,
    /** Cells still awaiting a person. */
    readonly left: number,
  ) {
    super('gk-ocr-confirm', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gk-ocr-confirm': GkOcrConfirmEvent;
  }
}
