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
