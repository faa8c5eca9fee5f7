/**
 * What the importer noticed, as a list whose links go to the line of the source it is about and to the
 * cell it concerns: the importer's equivalent of the findings' error summary.
 */
import type { Diagnostic } from '@gongkai/engine';
import { bySeverity } from '@gongkai/schema';
import { html, nothing, type TemplateResult } from 'lit';
import type { Store } from '../app/store.js';
import type { Messages } from '../i18n/messages.js';
import { sourceLink } from '../source-page/source-link.js';

/** Diagnostics in reading order: by line, then the more severe first; unlocated ones last. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER) || bySeverity(a, b),
  );
}

/**
 * Whether a diagnostic's line is a line of the source as shown: true for text and CSV; for HTML, Word
 * and Excel the importer counts the lines of text it read, which the raw source does not show.
 */
export function linesAreSourceLines(kind: string | undefined): boolean {
  return kind === 'text' || kind === 'csv';
}

export function diagnosticsList(
  store: Store,
  m: Messages,
  diagnostics: readonly Diagnostic[],
  headingLevel: 2 | 3,
  sourceKind: string | undefined,
): TemplateResult {
  const count = (s: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === s).length;
  const heading = html`${m.diagnostics.heading}`;
  return html`
    <section class="diagnostics" aria-labelledby="diagnostics-heading">
      ${
        headingLevel === 2
          ? html`<h2 id="diagnostics-heading">${heading}</h2>`
          : html`<h3 id="diagnostics-heading">${heading}</h3>`
      }
      ${
        diagnostics.length === 0
          ? html`<p>${m.diagnostics.none}</p>`
          : html`<p class="hint">${m.diagnostics.count(count('error'), count('warning'), count('info'))}</p>
            <ul class="diagnostics-list">
              ${sortDiagnostics(diagnostics).map((d) => diagnosticItem(store, m, d, linesAreSourceLines(sourceKind)))}
            </ul>`
      }
    </section>
  `;
}

function diagnosticItem(store: Store, m: Messages, d: Diagnostic, linkLines: boolean): TemplateResult {
  return html`<li
    class=${`diagnostic diagnostic-${d.severity}`}
    data-code=${d.code}
    data-path=${d.path ?? nothing}
    data-line=${d.line ?? nothing}
  >
    <span class="badge badge-${d.severity}">${severityLabel(m, d.severity)}</span>
    ${
      d.line && linkLines
        ? html`<a class="line-link" href="#import" @click=${() => store.requestFocus({ line: d.line as number })}
          >${m.diagnostics.line(d.line)}</a
        >`
        : d.line
          ? html`<span class="line-ref">${m.diagnostics.readLine(d.line)}</span>`
          : nothing
    }
    <span class="diagnostic-message">${d.message}</span>
    ${
      d.path
        ? html`<a class="cell-link" href="#edit" @click=${() => store.requestFocus({ cell: d.path as string })}
          >${m.diagnostics.cell}</a
        >`
        : nothing
    }
    ${sourceLink(store, m, d)}
  </li>`;
}

function severityLabel(m: Messages, severity: Diagnostic['severity']): string {
  return m.severity[severity];
}
