import { entry } from '@gongkai/corpus';
import { validate } from '@gongkai/engine';
import { getCell, type Report, setCell } from '@gongkai/schema';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/define/gk-findings.js';
import '../src/define/gk-report-editor.js';
import type { GkChangeEvent } from '../src/events/index.js';
import { expectNoAxeViolations } from './support/axe.js';
import { clone, mount } from './support/dom.js';

// A derived copy of a real report: 447 typed as 474 (one cell explains two failing sums: certain),
// and 64 typed as 65 in table 四 (five cells could explain it: ambiguous, never offered).
const cell = 'applications.partiallyGranted.naturalPerson';
function broken(): Report {
  const report = clone(entry('01-huaian-city-gov-2024').report);
  setCell(report, cell, 474);
  setCell(report, 'appeals.review.corrected', 65);
  return report;
}

const input = (editor: Element, address: string) =>
  editor.shadowRoot?.getElementById(`input-${address}`) as HTMLInputElement;
const suggestions = (editor: Element) =>
  editor.shadowRoot?.querySelector('.gk-suggestions') as HTMLElement | null;
const button = (root: Element | null | undefined, text: string) =>
  [...(root?.querySelectorAll('button') ?? [])].find(
    (b) => b.textContent?.trim() === text,
  ) as HTMLButtonElement;

describe('<gk-findings> shows the proposal', () => {
  test('under the first finding of its sums, and says 同上 under the others; no axe violations', async () => {
    const list = await mount('gk-findings', { findings: validate(broken()) });
    await expectNoAxeViolations(list);
    const items = [...(list.shadowRoot?.querySelectorAll('li') ?? [])];
    const texts = items.map((li) =>
      li.querySelector('[part="suggestion"]')?.textContent?.replace(/\s+/g, ' ').trim(),
    );
    const first = texts.findIndex((t) => t?.includes('474'));
    expect(texts[first]).toMatch(/^建议（确定） 可能是「（二）部分公开·自然人」填错：由 474 改为 447 后/);
    expect(texts.filter((t) => t === '修改建议同上。').length).toBeGreaterThan(0);
    expect(texts.some((t) => t?.startsWith('无法区分'))).toBe(true);
  });

  test('in English', async () => {
    const list = await mount(
      'gk-findings',
      { findings: validate(broken(), { locale: 'en' }) },
      { lang: 'en' },
    );
    expect(list.shadowRoot?.textContent).toContain('Fix (certain)');
  });
});

describe('<gk-report-editor> 「采用建议」', () => {
  test('offers the certain fix only, with no axe violations', async () => {
    const editor = await mount('gk-report-editor', { report: broken() }, { 'no-drafts': '' });
    const box = suggestions(editor);
    expect(box?.querySelectorAll('li').length).toBe(1);
    expect(box?.textContent).toContain('由 474 改为 447');
    expect(box?.textContent).not.toContain('行政复议');
    await expectNoAxeViolations(editor);
  });

  test('adopting sets the cell as the person’s own change; 撤销采用 puts it back', async () => {
    const editor = await mount('gk-report-editor', { report: broken() }, { 'no-drafts': '' });
    const changes: GkChangeEvent[] = [];
    editor.addEventListener('gk-change', (e) => changes.push(e as GkChangeEvent));
    await userEvent.click(button(suggestions(editor), '采用建议'));
    await editor.updateComplete;
    expect(input(editor, cell).value).toBe('447');
    expect(changes.map((c) => [c.source, c.changes])).toEqual([
      ['suggestion', [{ path: cell, previous: 474, value: 447 }]],
    ]);
    expect(editor.currentFindings.filter((f) => f.rule.startsWith('applications.'))).toEqual([]);
    expect(suggestions(editor)?.querySelector('[role="status"]')?.textContent).toMatch(
      /已采用建议：.*由 474 改为 447/,
    );
    await userEvent.click(button(suggestions(editor), '撤销采用'));
    await editor.updateComplete;
    expect(input(editor, cell).value).toBe('474');
    expect(getCell(editor.value as Report, cell)).toBe(474);
    // Back to the offer, and no undo offer left.
    expect(button(suggestions(editor), '撤销采用')).toBeUndefined();
    expect(button(suggestions(editor), '采用建议')).toBeDefined();
  });

  test('the toolbar’s 撤销 reverts an adoption in one step', async () => {
    const editor = await mount('gk-report-editor', { report: broken() }, { 'no-drafts': '' });
    await userEvent.click(button(suggestions(editor), '采用建议'));
    await editor.updateComplete;
    expect(editor.canUndo).toBe(true);
    await userEvent.click(button(editor.shadowRoot?.querySelector('[part="toolbar"]'), '撤销'));
    await editor.updateComplete;
    expect(input(editor, cell).value).toBe('474');
    expect(editor.canUndo).toBe(false);
    expect(button(suggestions(editor), '撤销采用')).toBeUndefined();
  });

  test('the offer follows the figures as the person retypes them', async () => {
    const editor = await mount('gk-report-editor', { report: broken() }, { 'no-drafts': '' });
    const field = input(editor, cell);
    await userEvent.clear(field);
    await userEvent.type(field, '448');
    await editor.updateComplete;
    expect(suggestions(editor)?.textContent).toContain('由 448 改为 447');
    await userEvent.clear(field);
    await userEvent.type(field, '447');
    await editor.updateComplete;
    expect(suggestions(editor)).toBeNull();
  });
});
