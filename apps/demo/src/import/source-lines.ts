/**
 * The imported text, numbered line by line, each line carrying the diagnostics about it, so "line 42"
 * in a message is one click (and one glance) away from the text it means.
 */
import type { Diagnostic } from '@gongkai/engine';
import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/messages.js';

export function sourceLines(text: string, diagnostics: readonly Diagnostic[], m: Messages): TemplateResult {
  const byLine = new Map<number, Diagnostic[]>();
  for (const d of diagnostics) {
    if (!d.line) continue;
    const list = byLine.get(d.line);
    if (list) list.push(d);
    else byLine.set(d.line, [d]);
  }
  const lines = text.split(/\r\n|\r|\n/);
  return html`<div class="source-scroll" tabindex="0" role="region" aria-labelledby="source-heading">
    <ol class="source-lines">
      ${lines.map((line, i) => {
        const n = i + 1;
        const found = byLine.get(n);
        const worst = found?.some((d) => d.severity === 'error')
          ? 'error'
          : found?.some((d) => d.severity === 'warning')
            ? 'warning'
            : found
              ? 'info'
              : '';
        return html`<li id=${`line-${n}`} tabindex="-1" class=${worst ? `marked marked-${worst}` : ''}>
          <code>${line || '\u00a0'}</code>
          ${
            found
              ? html`<ul class="line-notes">
                ${found.map((d) => html`<li class=${`note-${d.severity}`}>${m.severity[d.severity]}：${d.message}</li>`)}
              </ul>`
              : nothing
          }
        </li>`;
      })}
    </ol>
  </div>`;
}
