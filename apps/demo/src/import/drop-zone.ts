/**
 * A drop target for report files, with an ordinary file input inside it: dropping is a convenience,
 * choosing a file works with the keyboard and screen readers.
 */
import { html, type TemplateResult } from 'lit';
import type { Store } from '../app/store.js';
import type { Messages } from '../i18n/messages.js';

/** The file kinds the importers read. */
export const acceptedFiles = '.txt,.md,.html,.htm,.docx,.xlsx,.pdf,.json,.csv,.jpg,.jpeg,.png';

/** Reads the first file dropped or chosen and imports it as a new draft. */
export function dropZone(store: Store, m: Messages, onFile = importFile): TemplateResult {
  const v = m.importView;
  return html`<div
    class="drop-zone"
    @dragover=${(e: DragEvent) => {
      e.preventDefault();
      (e.currentTarget as HTMLElement).classList.add('dragging');
    }}
    @dragleave=${(e: DragEvent) => (e.currentTarget as HTMLElement).classList.remove('dragging')}
    @drop=${(e: DragEvent) => {
      e.preventDefault();
      (e.currentTarget as HTMLElement).classList.remove('dragging');
      const file = e.dataTransfer?.files[0];
      if (file) void onFile(store, m, file);
    }}
  >
    <p>${v.dropLabel}</p>
    <label class="file-button">
      ${v.chooseFile}
      <input
        type="file"
        class="visually-hidden-input"
        accept=${acceptedFiles}
        @change=${(e: Event) => {
          const input = e.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          if (file) void onFile(store, m, file).finally(() => (input.value = ''));
        }}
      />
    </label>
    <p class="hint">${v.fileHint}</p>
  </div>`;
}

async function importFile(store: Store, m: Messages, file: File): Promise<void> {
  await store.importAsDraft(await file.arrayBuffer(), file.name, m.importing);
}
