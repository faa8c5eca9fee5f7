import { corpus } from '@gongkai/corpus';
import { formatsOf, getCell, layoutOf } from '@gongkai/schema';
import { beforeAll, describe, expect, test } from 'vitest';
import { commands } from 'vitest/browser';
import { readFigure } from './support/dom.js';

// No define module imported at the top: the markup must show before the element is defined.
let markup: Record<string, string> = {};
beforeAll(async () => {
  markup = await (commands as unknown as { ssrMarkup(): Promise<Record<string, string>> }).ssrMarkup();
}, 60_000);

function place(html: string): HTMLElement {
  const host = document.createElement('div');
  host.setHTMLUnsafe(html);
  document.body.append(host);
  return host;
}

describe('server-rendered <gk-report>', () => {
  test('shows every section and figure before any script runs, and is pre-styled', () => {
    for (const { id, report } of corpus) {
      const host = place(markup[id] as string);
      const element = host.querySelector('gk-report') as HTMLElement;
      expect(customElements.get('gk-report')).toBeUndefined();
      expect(element.matches(':not(:defined)')).toBe(true);
      expect(getComputedStyle(element).display).toBe('block');
      const root = element.shadowRoot as ShadowRoot;
      expect(root.querySelectorAll('table')).toHaveLength(3);
      expect(root.querySelectorAll('h2')).toHaveLength(6);
      for (const cell of layoutOf(formatsOf(report)).cells) {
        expect(readFigure(element, cell.address), `${id} ${cell.address}`).toBe(
          getCell(report, cell.address) ?? null,
        );
      }
      // Styled from the first byte: the shadow root carries its styles.
      expect(getComputedStyle(root.querySelector('th') as Element).fontWeight).toBe('600');
      host.remove();
    }
  });

  test('hydrates without errors or duplicated content when the script arrives', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    const hosts = corpus.map(({ id }) => place(markup[id] as string));
    const before = hosts.map((h) =>
      h.querySelector('gk-report')?.shadowRoot?.querySelector('article')?.textContent?.replace(/\s+/g, ''),
    );
    await import('../src/define/gk-report.js');
    for (const [i, host] of hosts.entries()) {
      const element = host.querySelector('gk-report') as HTMLElementTagNameMap['gk-report'];
      await element.updateComplete;
      const root = element.shadowRoot as ShadowRoot;
      expect(root.querySelectorAll('table')).toHaveLength(3);
      expect(root.querySelectorAll('article')).toHaveLength(1);
      expect(root.querySelector('article')?.textContent?.replace(/\s+/g, '')).toBe(before[i]);
      expect(element.report?.year).toBe(corpus[i]?.report.year);
      host.remove();
    }
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
  });

  test('keeps the server rendering on screen until it has a report to replace it with', async () => {
    await import('../src/define/gk-report.js');
    const { id, report } = corpus[0]!;
    const withoutJson = (markup[id] as string).replace(
      /<script type="application\/json">[\s\S]*?<\/script>/,
      '',
    );
    const host = place(withoutJson);
    const element = host.querySelector('gk-report') as HTMLElementTagNameMap['gk-report'];
    await element.updateComplete;
    const root = element.shadowRoot as ShadowRoot;
    expect(root.querySelectorAll('table')).toHaveLength(3);
    expect(root.textContent).not.toContain('正在载入');
    element.report = report;
    await element.updateComplete;
    expect(root.querySelectorAll('table')).toHaveLength(3);
    expect(root.querySelectorAll('article')).toHaveLength(1);
    host.remove();
  });
});
