/**
 * The first screen: the three ways a clerk starts this year's report — blank, from last year's, or by
 * importing one already written — with the real example one click away.
 */
import { rollForward } from '@gongkai/engine';
import { createEmptyReport, type Report } from '@gongkai/schema';
import { html, nothing, type TemplateResult } from 'lit';
import type { Store } from '../app/store.js';
import { draftOrigin, draftTitle } from '../drafts/draft.js';
import type { Messages } from '../i18n/messages.js';
import { importInput } from '../import/import-input.js';
import { openSeed } from '../seed.js';

export function startView(store: Store, m: Messages): TemplateResult {
  const s = m.start;
  const lastYears = store.drafts;
  return html`
    <section class="start" aria-labelledby="start-heading">
      <h2 id="start-heading">${s.heading}</h2>
      <ul class="start-actions">
        <li>
          <h3>${s.newHeading}</h3>
          <p class="hint">${s.newHint}</p>
          <button type="button" data-start="new" @click=${() => startBlank(store)}>${s.newButton}</button>
        </li>
        <li>
          <h3>${s.rollHeading}</h3>
          <p class="hint">${s.rollHint}</p>
          ${
            lastYears.length > 0
              ? html`<label for="roll-draft">${s.rollFromDraft}</label>
                  <select id="roll-draft">
                    ${lastYears.map(
                      (d) =>
                        html`<option value=${d.id}>${draftTitle(d, m.drafts.untitled)}（${draftOrigin(d, m.drafts.origin)}）</option>`,
                    )}
                  </select>
                  <button type="button" data-start="roll-draft" @click=${() => rollFromDraft(store)}>
                    ${s.rollButton}
                  </button>`
              : nothing
          }
          <label for="roll-file">${s.rollFromFile}</label>
          <input id="roll-file" type="file" accept=".docx,.xlsx,.txt,.html,.htm,.json,.csv" @change=${(e: Event) => rollFromFile(e, store, m)} />
        </li>
        <li>
          <h3>${s.importHeading}</h3>
          <p class="hint">${s.importHint}</p>
          <a class="button-link" href="#import" data-start="import">${s.importButton}</a>
        </li>
      </ul>
      <p class="start-example">
        ${s.exampleIntro}
        <button type="button" class="link-button" data-start="example" @click=${() => void openExample(store, m)}>
          ${s.exampleButton}
        </button>
      </p>
    </section>
  `;
}

async function openExample(store: Store, m: Messages): Promise<void> {
  await openSeed(store, m);
  location.hash = '#edit';
}

function startBlank(store: Store): void {
  store.addReport(createEmptyReport({ year: new Date().getFullYear() - 1, agency: { name: '' } }));
  location.hash = '#edit';
}

/** This year's report from last year's: the engine's roll forward, last year's kept beside it. */
function startFrom(store: Store, last: Report): void {
  const rolled = rollForward(last);
  store.addReport(
    rolled.report,
    { kind: 'rolled', fromYear: last.year, review: rolled.review, chains: rolled.chains },
    last,
  );
  location.hash = '#edit';
}

function rollFromDraft(store: Store): void {
  const id = (document.getElementById('roll-draft') as HTMLSelectElement | null)?.value;
  const draft = store.drafts.find((d) => d.id === id);
  if (draft) startFrom(store, draft.report);
}

async function rollFromFile(event: Event, store: Store, m: Messages): Promise<void> {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (!file) return;
  const bytes = /\.(docx|xlsx)$/i.test(file.name) ? await file.arrayBuffer() : await file.text();
  const imported = await store.run(m.importing, () => importInput(bytes, file.name, store.locale));
  if (imported) startFrom(store, imported.report);
}
