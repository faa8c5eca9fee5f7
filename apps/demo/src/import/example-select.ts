/** A list of the corpus's real reports to pick from; disabled while the corpus loads. */
import type { CorpusEntry } from '@gongkai/corpus';
import { html, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/messages.js';

export function exampleSelect(
  id: string,
  name: string,
  entries: readonly CorpusEntry[] | undefined,
  m: Messages,
  selected?: string,
): TemplateResult {
  if (!entries)
    return html`<select id=${id} name=${name} disabled><option>${m.loadingExamples}</option></select>`;
  return html`<select id=${id} name=${name}>
    ${entries.map(
      (e) =>
        html`<option value=${e.id} ?selected=${e.id === selected}>${e.expected.agency} ${e.expected.year}（${e.id}）</option>`,
    )}
  </select>`;
}
