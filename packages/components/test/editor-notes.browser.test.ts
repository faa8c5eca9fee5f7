/**
 * A page's notes shown where the clerk works: beside a cell and under a narrative text area, read out
 * with them (aria-describedby), following the `notes` property as it changes.
 */
import { entry } from '@gongkai/corpus';
import { describe, expect, test } from 'vitest';
import '../src/define/gk-report-editor.js';
import { expectNoAxeViolations } from './support/axe.js';
import { mount } from './support/dom.js';

const report = entry('01-huaian-city-gov-2024').report;
const cell = 'activeDisclosure.regulations.inForce';

describe('<gk-report-editor> notes', () => {
  test('shows a note beside the cell and under the text area, and drops it when the page does', async () => {
    const element = await mount(
      'gk-report-editor',
      {
        report,
        notes: {
          [cell]: '上年为 12，本年 = 上年 + 本年制发 − 本年废止',
          'narrative.overview': '请核改：2024 年',
        },
      },
      { 'no-drafts': '' },
    );
    const root = element.shadowRoot as ShadowRoot;
    const input = root.getElementById(`input-${cell}`) as HTMLInputElement;
    const cellNote = root.getElementById(`cellnote-${cell}`);
    expect(cellNote?.textContent).toBe('上年为 12，本年 = 上年 + 本年制发 − 本年废止');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(`cellnote-${cell}`);
    expect(input.closest('td')?.contains(cellNote as Node)).toBe(true);
    const area = root.getElementById('narrative-overview') as HTMLTextAreaElement;
    expect(area.getAttribute('aria-describedby')).toBe('textnote-overview');
    expect(root.getElementById('textnote-overview')?.textContent).toBe('请核改：2024 年');
    await expectNoAxeViolations(element);

    element.notes = {};
    await element.updateComplete;
    expect(root.getElementById(`cellnote-${cell}`)).toBeNull();
    expect(root.getElementById('textnote-overview')).toBeNull();
    expect(area.hasAttribute('aria-describedby')).toBe(false);
    expect(input.getAttribute('aria-describedby') ?? '').not.toContain('cellnote');
  });
});
