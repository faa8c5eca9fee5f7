import type { Report } from '@gongkai/schema';

/** What caused a change in the editor. */
/** `ocr`: a figure read by OCR corrected in the confirmation walk-through. */
export type ChangeSource = 'input' | 'paste' | 'undo' | 'redo' | 'draft' | 'suggestion' | 'ocr';

/** One cell (address) or narrative section (`narrative.problems`) changed by the person editing. */
export interface CellChange {
  path: string;
  previous: number | null | string;
  value: number | null | string;
  /** What was typed when it is not a number (`value` is then null): a page keeps it to give back as `typed`. */
  text?: string;
}

/** The report was changed by the person editing it. */
export class GkChangeEvent extends Event {
  static readonly eventName = 'gk-change';
  constructor(
    readonly changes: readonly CellChange[],
    readonly source: ChangeSource,
    readonly report: Report,
  ) {
    super('gk-change', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gk-change': GkChangeEvent;
  }
}
