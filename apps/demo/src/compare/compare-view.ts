/**
 * Last year's report beside this year's: the cross-year checks (carry-over, documents in force) and
 * `<gk-report-compare>`, every cell with its change and the big changes highlighted.
 */
import type { GkFindingSelectEvent } from '@gongkai/components';
import { html, nothing, type TemplateResult } from 'lit';
import { publishedReport } from '../app/published.js';
import type { Store } from '../app/store.js';
import { corpusEntries, fileName, loadCorpus } from '../corpus/examples.js';
import type { Messages } from '../i18n/messages.js';
import { acceptedFiles } from '../import/drop-zone.js';
import { exampleSelect } from '../import/example-select.js';
import { crossYearFindings } from './cross-year.js';

/** The corpus holds two consecutive years of one body: the example of this screen. */
const pair = { current: '05-pingtan-zone-2022', previous: '04-pingtan-zone-2021' };

export function compareView(store: Store, m: Messages): TemplateResult {
  const draft = store.current;
  if (!draft) return html``;
  const c = m.compare;
  const busy = store.busy !== null;
  const report = publishedReport(draft.report);
  const previous = draft.previous ? publishedReport(draft.previous) : undefined;
  const findings = previous ? crossYearFindings(report, previous, store.locale) : [];
  return html`
    <h2>${c.heading}</h2>
    <p>${c.intro}</p>
    <p class="previous-status">
      ${c.previousLabel}：<strong>${previous ? `${previous.agency.name} ${previous.year}` : c.none}</strong>
      ${
        previous
          ? html`<button type="button" class="link-button" @click=${() => store.setPrevious(undefined)}>${c.clear}</button>`
          : nothing
      }
    </p>
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
    ${previous && previous.year >= report.year ? html`<p class="warning-line" role="alert">${c.sameYear}</p>` : nothing}
    ${
      previous
        ? html`<gk-findings
            class="cross-year-findings"
            heading-level="3"
            .messages=${{ findingsHeading: m.findings.crossYearHeading, noFindings: m.findings.crossYearNone }}
            .findings=${findings}
            @gk-finding-select=${(e: GkFindingSelectEvent) => {
              // The comparison has no inputs: a finding's link opens its cell in the editor.
              e.preventDefault();
              store.requestFocus({ cell: e.finding.path });
              location.hash = '#edit';
            }}
          ></gk-findings>
          <gk-report-compare .report=${report} .previous=${previous}></gk-report-compare>`
        : html`<p class="hint">${m.findings.needPrevious}</p>`
    }
  `;
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
