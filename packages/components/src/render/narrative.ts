import { html, type TemplateResult } from 'lit';

/**
 * Narrative text as paragraphs, one per line. Always text: markup in a report is shown, never run.
 * An empty section shows its placeholder as generated content, so importers reading the page back
 * find the section empty, as it is.
 */
export function renderParagraphs(text: string, empty: string): TemplateResult {
  const paragraphs = text.split(/\r?\n/).filter((p) => p.trim() !== '');
  if (paragraphs.length === 0) return html`<p class="gk-muted gk-empty" data-empty=${empty}></p>`;
  return html`${paragraphs.map((p) => html`<p>${p}</p>`)}`;
}
