/**
 * The ways to give last year's report: a real report of the corpus, another draft, a file, or the
 * corpus's two consecutive years of one body opened together as the example.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Store } from '../app/store.js';
import { corpusEntries, fileName, loadCorpus } from '../corpus/examples.js';
import { draftTitle } from '../drafts/draft.js';
import type { Messages } from '../i18n/messages.js';
import { acceptedFiles } from '../import/drop-zone.js';
import { exampleSelect } from '../import/example-select.js';

/** The corpus holds two consecutive years of one body: the example of this screen. */
const pair = { current: '05-pingtan-zone-2022', previous: '04-pingtan-zone-2021' };

export function previousPicker(store: Store, m: Messages): TemplateResult {
  const c = m.compare;
  const busy = store.busy !== null;
  return html`
    <div class="compare-controls">
      <form class="inline-form" @submit=${(e: SubmitEvent) => onChoose(e, store, m)}>
        <label for="previous-select">${c.choose}</label>
        <div class="inline-row">
          ${exampleSelect(
            'previous-select',
            'previous',
            corpusEntries(() => store.refresh()),
            m,
            pair.previous,
          )}
          <button type="submit" ?disabled=${busy}>${c.load}</button>
        </div>
      </form>
      ${draftPicker(store, m)}
      <label class="file-button">
        ${c.file}
        <input
          type="file"
          class="visually-hidden-input"
          accept=${acceptedFiles}
          @change=${async (e: Event) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (file) await store.importPrevious(await file.arrayBuffer(), file.name, m.importing);
            input.value = '';
          }}
        />
      </label>
      <button type="button" class="link-button pair-example" ?disabled=${busy} @click=${() => openPair(store, m)}>
        ${c.pairExample}
      </button>
    </div>
  `;
}

/** Another draft as last year's report: a clerk often has last year's own draft in the list. */
function draftPicker(store: Store, m: Messages): TemplateResult | typeof nothing {
  const others = store.drafts.filter((d) => d.id !== store.current?.id);
  if (others.length === 0) return nothing;
  return html`<form
    class="inline-form"
    @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      const id = String(new FormData(e.currentTarget as HTMLFormElement).get('draft') ?? '');
      const chosen = store.drafts.find((d) => d.id === id);
      if (chosen) store.setPrevious(chosen.report);
    }}
  >
    <label for="previous-draft">${m.compare.fromDraft}</label>
    <div class="inline-row">
      <select id="previous-draft" name="draft">
        ${others.map((d) => html`<option value=${d.id}>${draftTitle(d, m.drafts.untitled)}</option>`)}
      </select>
      <button type="submit">${m.compare.load}</button>
    </div>
  </form>`;
}

async function onChoose(event: SubmitEvent, store: Store, m: Messages): Promise<void> {
  event.preventDefault();
  const id = String(new FormData(event.currentTarget as HTMLFormElement).get('previous') ?? '');
  const { corpus } = await loadCorpus();
  const chosen = corpus.find((c) => c.id === id);
  if (chosen) await store.importPrevious(chosen.source, fileName(chosen.sourceFile), m.importing);
}

/** Opens the corpus's consecutive years as a new draft: 2022 with 2021 as last year. */
async function openPair(store: Store, m: Messages): Promise<void> {
  const { entry } = await loadCorpus();
  const current = entry(pair.current);
  const previous = entry(pair.previous);
  return store.importKnown(current.source, fileName(current.sourceFile), m.importing, {
    text: previous.source,
    name: fileName(previous.sourceFile),
  });
}
