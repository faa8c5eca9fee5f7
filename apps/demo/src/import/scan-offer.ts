/**
 * 「这是扫描件」, and then the offer to read it by OCR: opt-in, with progress (page, cell) and a 取消 that
 * terminates the worker. The reader (`ocr-reader.ts`, its worker, tesseract) loads only on that click.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Store } from '../app/store.js';
import { ocrWords } from './ocr-messages.js';
import type { OcrProgress, OcrRun } from './ocr-reader.js';

interface ScanState {
  /** The scan last imported, kept for the offer. */
  file?: { bytes: ArrayBuffer; name: string };
  run?: OcrRun;
  progress?: OcrProgress;
  /** The outcome of the last run that made no draft (cancelled, not a report). */
  outcome?: string;
}

const state: ScanState = {};

/** Remembers a scan that the importers could not read, for the offer. */
export function offerScan(bytes: ArrayBuffer, name: string): void {
  if (state.run) return;
  state.file = { bytes, name };
  state.outcome = undefined;
}

/** Forgets the offer (another import began). */
export function forgetScan(): void {
  if (!state.run) state.file = undefined;
}

export function scanOfferView(store: Store): TemplateResult | typeof nothing {
  const w = ocrWords(store.locale);
  if (!state.file && !state.outcome) return nothing;
  const progress = state.progress;
  return html`<section class="scan-offer" aria-label=${w.start}>
    ${state.file ? html`<p>${w.offer(state.file.name)}</p><p class="hint">${w.offerHint}</p>` : nothing}
    ${
      state.run
        ? html`<p role="status" class="ocr-progress-text">
              ${progress?.stage === 'reading' ? w.progress(progress.page, progress.pages, progress.cell, progress.cells) : w.loading}
            </p>
            <progress
              class="ocr-progress"
              aria-label=${w.progressLabel}
              max=${progress?.stage === 'reading' ? progress.pages * Math.max(1, progress.cells) : 1}
              value=${progress?.stage === 'reading' ? (progress.page - 1) * Math.max(1, progress.cells) + progress.cell : 0}
            ></progress>
            <button type="button" class="ocr-cancel" @click=${() => state.run?.cancel()}>${w.cancel}</button>`
        : state.file
          ? html`<button type="button" class="ocr-start" @click=${() => start(store)}>${w.start}</button>`
          : nothing
    }
    ${state.outcome ? html`<p role="status" class="ocr-outcome">${state.outcome}</p>` : nothing}
  </section>`;
}

async function start(store: Store): Promise<void> {
  const file = state.file;
  if (!file || state.run) return;
  const w = ocrWords(store.locale);
  const { readByOcr, OcrCancelled } = await import('./ocr-reader.js');
  store.error = null;
  state.outcome = undefined;
  state.progress = { stage: 'loading' };
  state.run = readByOcr(file.bytes, file.name, store.locale, (progress) => {
    state.progress = progress;
    store.refresh();
  });
  store.refresh();
  // The button pressed gave way to the progress: the keyboard goes on to 取消.
  focusOn('.ocr-cancel');
  try {
    const result = await state.run.result;
    state.file = undefined;
    store.addOcrDraft({ ...result, source: { name: file.name, kind: 'ocr' } });
    location.hash = '#edit';
  } catch (error) {
    state.outcome =
      error instanceof OcrCancelled
        ? w.cancelled
        : w.failed(error instanceof Error ? error.message : String(error));
  } finally {
    state.run = undefined;
    state.progress = undefined;
    store.refresh();
    focusOn('.ocr-start');
  }
}

function focusOn(selector: string): void {
  document.querySelector<HTMLElement>(`.scan-offer ${selector}`)?.focus();
}
