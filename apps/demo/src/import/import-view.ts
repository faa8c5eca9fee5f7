/**
 * The import screen: paste a report, drop a file or pick a real report of the corpus; then the source
 * is shown line by line with the importer's diagnostics at the lines they are about.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Store } from '../app/store.js';
import { corpusEntries, fileName, loadCorpus } from '../corpus/examples.js';
import type { Messages } from '../i18n/messages.js';
import { diagnosticsList, linesAreSourceLines } from './diagnostics-list.js';
import { dropZone } from './drop-zone.js';
import { exampleSelect } from './example-select.js';
import { forgetPastedPage, pastedPage, rememberPastedPage } from './pasted-page.js';
import { scanOfferView } from './scan-offer.js';
import { sourceLines } from './source-lines.js';

export function importView(store: Store, m: Messages): TemplateResult {
  const draft = store.current;
  const busy = store.busy !== null;
  const v = m.importView;
  return html`
    <h2>${v.heading}</h2>
    <p>${v.intro}</p>
    <div class="import-inputs">
      <form class="paste-form" @submit=${(e: SubmitEvent) => onPaste(e, store, m)}>
        <label for="paste-input">${v.pasteLabel}</label>
        <textarea
          id="paste-input"
          name="text"
          rows="8"
          spellcheck="false"
          aria-describedby="paste-kind"
          @paste=${(e: ClipboardEvent) => rememberPastedPage(e, v.pastedPage)}
        ></textarea>
        <p class="hint" id="paste-kind"></p>
        <button type="submit" ?disabled=${busy}>${v.pasteButton}</button>
      </form>
      <div class="import-side">
        ${dropZone(store, m)}
        <form class="examples-form" @submit=${(e: SubmitEvent) => onExample(e, store, m)}>
          <label for="example-select">${v.examplesLabel}</label>
          ${exampleSelect(
            'example-select',
            'example',
            corpusEntries(() => store.refresh()),
            m,
          )}
          <button type="submit" ?disabled=${busy}>${v.loadExample}</button>
        </form>
      </div>
    </div>
    ${scanOfferView(store)}
    ${
      draft
        ? html`<div class="import-result">
          ${diagnosticsList(store, m, draft.diagnostics, 3, draft.source?.kind)}
          <div class="source">
            <h3 id="source-heading">${v.sourceHeading(draft.source?.name || v.pasted)}</h3>
            ${draft.source?.kind ? html`<p class="hint">${m.diagnostics.kind(draft.source.kind)}</p>` : nothing}
            ${
              draft.source?.text !== undefined && linesAreSourceLines(draft.source.kind)
                ? sourceLines(draft.source.text, draft.diagnostics, m)
                : html`<p>${draft.source ? v.notLineByLine(draft.source.name || v.pasted) : v.noSource}</p>`
            }
          </div>
        </div>`
        : nothing
    }
  `;
}

async function onPaste(event: SubmitEvent, store: Store, m: Messages): Promise<void> {
  event.preventDefault();
  const form = event.currentTarget as HTMLFormElement;
  const text = String(new FormData(form).get('text') ?? '');
  if (!text.trim()) return;
  const page = pastedPage(form.querySelector('textarea'), text);
  const imported = page
    ? await store.importAsDraft(page, '', m.importing)
    : await store.importAsDraft(text, '', m.importing);
  if (imported) {
    form.reset();
    forgetPastedPage(form);
  }
}

async function onExample(event: SubmitEvent, store: Store, m: Messages): Promise<void> {
  event.preventDefault();
  const id = String(new FormData(event.currentTarget as HTMLFormElement).get('example') ?? '');
  const { corpus } = await loadCorpus();
  const chosen = corpus.find((c) => c.id === id);
  if (chosen) await store.importAsDraft(chosen.source, fileName(chosen.sourceFile), m.importing);
}
