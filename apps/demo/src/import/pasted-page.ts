/**
 * A report copied from a portal page reaches the clipboard twice: as plain text, where merged table
 * cells lose their place, and as HTML, which keeps the table's structure. When the paste carried a
 * table, the HTML is kept and imported instead, as long as the text area still holds just that paste.
 */
const pasted = new WeakMap<HTMLTextAreaElement, { html: string; text: string }>();

/** Paste handler of the text area: keeps the HTML of a pasted table and says so under the field. */
export function rememberPastedPage(event: ClipboardEvent, notice: string): void {
  const area = event.currentTarget as HTMLTextAreaElement;
  const html = event.clipboardData?.getData('text/html') ?? '';
  const text = event.clipboardData?.getData('text/plain') ?? '';
  const hint = area.form?.querySelector<HTMLElement>('#paste-kind');
  if (/<table[\s>]/i.test(html) && area.value.trim() === '') {
    pasted.set(area, { html, text });
    if (hint) hint.textContent = notice;
  } else {
    pasted.delete(area);
    if (hint) hint.textContent = '';
  }
}

/** The pasted page's HTML, if the text area holds exactly what was pasted with it. */
export function pastedPage(area: HTMLTextAreaElement | null, current: string): string | undefined {
  const kept = area ? pasted.get(area) : undefined;
  return kept && normalise(kept.text) === normalise(current) ? kept.html : undefined;
}

export function forgetPastedPage(form: HTMLFormElement): void {
  const area = form.querySelector('textarea');
  if (area) pasted.delete(area);
  const hint = form.querySelector<HTMLElement>('#paste-kind');
  if (hint) hint.textContent = '';
}

/** Line ends and outer space differ between the clipboard and a text area's value. */
function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}
