/**
 * Reads a report given inline as `<script type="application/json">` child, for portals whose CMS cannot
 * run code. Calls back once it is there (the parser may not have reached it yet at upgrade time).
 */
export function watchInlineJson(host: HTMLElement, found: (text: string) => void): () => void {
  const read = () => {
    const script = host.querySelector(':scope > script[type="application/json"]');
    if (script?.textContent?.trim()) {
      found(script.textContent);
      return true;
    }
    return false;
  };
  if (read() || typeof MutationObserver === 'undefined') return () => {};
  const observer = new MutationObserver(() => {
    if (read()) observer.disconnect();
  });
  observer.observe(host, { childList: true, subtree: true, characterData: true });
  return () => observer.disconnect();
}

/**
 * The report JSON as a `<script type="application/json">` child, for pages that embed a report inline:
 * `<` is escaped so no text in the report can close the script. Browser and Node alike.
 */
export function inlineReportJson(report: unknown): string {
  const json = JSON.stringify(report)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/json">${json}</script>`;
}
