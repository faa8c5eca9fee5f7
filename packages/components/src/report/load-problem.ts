import { html } from 'lit';
import type { Messages } from '../i18n/messages.js';

/** Why a report did not load: broken JSON, an HTTP error, or no answer; `detail` is the browser's words. */
export type LoadProblem =
  | { kind: 'json'; detail: string }
  | { kind: 'http'; status: number; src: string; detail: string }
  | { kind: 'network'; src: string; detail: string };

/** The problem in the element's language first; the browser's own (English) message as a detail line. */
export function renderLoadProblem(problem: LoadProblem, messages: Messages) {
  const reason =
    problem.kind === 'json'
      ? messages.invalidJson
      : problem.kind === 'http'
        ? messages.httpFailed(problem.status, problem.src)
        : messages.fetchFailed(problem.src);
  return html`<div role="alert">
    <p>${messages.loadFailed(reason)}</p>
    ${problem.detail ? html`<p class="gk-muted"><small>${messages.technicalDetail}：${problem.detail}</small></p>` : ''}
  </div>`;
}
