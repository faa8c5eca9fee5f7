/**
 * The confirmation walk-through of a report read by OCR, without the DOM: the cells 「请核对」, which of
 * them a person has confirmed (and at what value), where the walk is, and what a key press means. A cell
 * counts as confirmed only through `confirm`/`correct`, and only while it still holds the value confirmed:
 * an undo or a later edit of the cell makes it a draft figure again.
 */
import { parseCellInput } from '../i18n/numbers.js';

/** A cell to confirm, as `@gongkai/ocr` lists it (`OcrDraft.toConfirm`), its crop as an image URL. */
export interface OcrReviewItem {
  address: string;
  /** What OCR read (null: blank or not read; never 0 for a blank). */
  value: number | null;
  /** Tesseract's confidence, 0–100. */
  confidence: number;
  /** Why it is listed, in words. */
  message: string;
  /** Page of the scan it was read on. */
  page?: number;
  /** The image of the cell on the scan: a URL (`data:`, `blob:` or a path). */
  crop?: string;
}

/** What the editor is given for a report read by OCR. */
export interface OcrReview {
  toConfirm: readonly OcrReviewItem[];
  /** Cells a person confirmed, with the value confirmed (a page that keeps its own drafts gives it back). */
  confirmed?: Readonly<Record<string, number | null>>;
}

/** What the person did in the walk-through. */
export type ReviewDecision =
  /** Keep the value shown. */
  | { kind: 'confirm'; value: number | null }
  /** Put the typed value in the cell (blank allowed) and confirm it. */
  | { kind: 'correct'; value: number | null }
  /** The typed text is not a number: nothing is confirmed. */
  | { kind: 'invalid' };

/** A key of the walk-through's value field, as an intent. */
export type ReviewKey = 'accept' | 'next' | 'previous' | 'revert';

/** Confirmations after the person confirmed `address` at `value` (a new record: drafts keep it). */
export function confirmedWith(
  confirmed: Readonly<Record<string, number | null>>,
  address: string,
  value: number | null,
): Record<string, number | null> {
  return { ...confirmed, [address]: value };
}

/** Whether a cell holding `value` is confirmed: confirmed at that very value. */
export function isConfirmed(
  confirmed: Readonly<Record<string, number | null>>,
  address: string,
  value: number | null,
): boolean {
  return Object.hasOwn(confirmed, address) && confirmed[address] === value;
}

/** The cells still awaiting a person, in the walk's order. */
export function pendingOf(
  items: readonly OcrReviewItem[],
  confirmed: Readonly<Record<string, number | null>>,
  figureOf: (address: string) => number | null,
): OcrReviewItem[] {
  return items.filter((item) => !isConfirmed(confirmed, item.address, figureOf(item.address)));
}

/**
 * What the value field's text means: `accept` (Enter) keeps the value when the text still says it and
 * corrects it otherwise; `confirm` (the button) keeps the value whatever was typed; `correct` takes the
 * text. A blank text is a blank cell, never 0.
 */
export function decide(
  current: number | null,
  text: string,
  intent: 'accept' | 'confirm' | 'correct',
): ReviewDecision {
  if (intent === 'confirm') return { kind: 'confirm', value: current };
  const typed = parseCellInput(text);
  if (typed === undefined) return { kind: 'invalid' };
  if (intent === 'accept' && typed === current) return { kind: 'confirm', value: current };
  return { kind: 'correct', value: typed };
}

/** The walk's position after a step, kept inside the list. */
export function stepTo(length: number, at: number, step: 1 | -1): number {
  if (length === 0) return 0;
  return Math.min(length - 1, Math.max(0, at + step));
}

/**
 * Where the walk goes once a cell is confirmed: the next cell still awaiting a person after `at`, else
 * the first before it, else `at` (all done).
 */
export function nextPending(
  items: readonly OcrReviewItem[],
  at: number,
  pending: (item: OcrReviewItem) => boolean,
): number {
  for (let i = 1; i <= items.length; i++) {
    const j = (at + i) % items.length;
    if (pending(items[j]!)) return j;
  }
  return at;
}

/** A key press in the value field as an intent; none while an IME composes (its Enter picks a word). */
export function reviewKeyOf(event: {
  key: string;
  isComposing: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}): ReviewKey | undefined {
  if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return undefined;
  switch (event.key) {
    case 'Enter':
      return 'accept';
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case 'Escape':
      return 'revert';
    default:
      return undefined;
  }
}

/** The value as the field shows it: blank for a blank cell. */
export const fieldText = (value: number | null): string => (value === null ? '' : String(value));

/** Keeps only well-formed confirmations (storage is the user's to edit). */
export function confirmationsOf(raw: unknown): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const [address, value] of Object.entries(raw)) {
    if (value === null || (typeof value === 'number' && Number.isFinite(value))) out[address] = value;
  }
  return out;
}
