/**
 * Tables shown and printed whole: borders inside their scroll regions, column heads not squeezed in
 * print, section 四 fitting a portal column, and a visible cue wherever a table still runs on.
 */
import { entry } from '@gongkai/corpus';
import { afterEach, describe, expect, test } from 'vitest';
import { cdp } from 'vitest/browser';
import '../src/define/gk-report.js';
import '../src/define/gk-report-editor.js';
import { mount } from './support/dom.js';

const city = entry('01-huaian-city-gov-2024').report;
const frames: HTMLElement[] = [];
/** Scroll-state queries are evaluated once a frame has been laid out. */
const afterLayout = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

function frame(width: number): HTMLElement {
  const div = document.createElement('div');
  div.style.width = `${width}px`;
  document.body.append(div);
  frames.push(div);
  return div;
}
afterEach(() => {
  for (const f of frames.splice(0)) f.remove();
});

const region = (element: Element, table: string) =>
  element.shadowRoot?.querySelector(`table[data-table="${table}"]`)?.closest('.gk-scroll') as HTMLElement;
const cue = (element: Element, table: string) =>
  getComputedStyle(element.shadowRoot?.querySelector(`#caption-${table}`) as Element, '::after').content;

/** Lines a header's text takes (one rect per line box). */
function linesOf(th: Element): number {
  const range = document.createRange();
  range.selectNodeContents(th);
  return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
}

describe('tables fit and show whole', () => {
  test('section 三: the right border lies inside its region, nothing to scroll at 1366 px', async () => {
    const element = await mount('gk-report', { report: city }, {}, frame(1022));
    const box = region(element, 'applications');
    const table = box.querySelector('table') as HTMLTableElement;
    expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
    // The collapsed border is half outside the table: it must fall within the region's padding box.
    const inner =
      box.getBoundingClientRect().right - Number.parseFloat(getComputedStyle(box).borderRightWidth);
    expect(table.getBoundingClientRect().right + 0.5).toBeLessThanOrEqual(inner);
    expect(cue(element, 'applications')).toBe('none');
  });

  test('section 四 fits an 800 px portal column; 「行政诉讼」 is shown whole', async () => {
    const element = await mount('gk-report', { report: city }, {}, frame(800));
    const box = region(element, 'appeals');
    expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
    const lawsuits = [...box.querySelectorAll('th')].find(
      (th) => th.textContent?.trim() === '行政诉讼',
    ) as Element;
    expect(lawsuits.getBoundingClientRect().right).toBeLessThanOrEqual(box.getBoundingClientRect().right);
    expect(linesOf(lawsuits)).toBe(1);
    // Its column heads break between words, two characters a line: 结果 / 维持.
    for (const th of box.querySelectorAll('th[scope="col"]')) expect(linesOf(th)).toBeLessThanOrEqual(2);
    expect(cue(element, 'appeals')).toBe('none');
  });

  test('section 四 fits the editor at 1366 px (about 960 px beside its panels)', async () => {
    const editor = await mount('gk-report-editor', { report: city }, { 'no-drafts': '' }, frame(960));
    const box = region(editor, 'appeals');
    expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
  });

  test('where a table still runs past the right edge, its caption says it scrolls', async () => {
    const element = await mount('gk-report', { report: city }, {}, frame(600));
    const box = region(element, 'appeals');
    expect(box.scrollWidth).toBeGreaterThan(box.clientWidth);
    await afterLayout();
    expect(cue(element, 'appeals')).toContain('表格较宽');
    // Scrolled to the end, nothing is left hidden and the cue goes.
    box.scrollLeft = box.scrollWidth;
    await afterLayout();
    expect(cue(element, 'appeals')).toBe('none');
    const en = await mount('gk-report', { report: city }, { lang: 'en' }, frame(600));
    await afterLayout();
    expect(cue(en, 'appeals')).toContain('scroll sideways');
  });

  test("print: section 三's column heads keep their words on a line, its right border inside the page", async () => {
    const session = cdp();
    await session.send('Emulation.setEmulatedMedia', { media: 'print' });
    try {
      // 180 mm between the A4 margins.
      const element = await mount('gk-report', { report: city }, {}, frame(680));
      const table = element.shadowRoot?.querySelector('table[data-table="applications"]') as HTMLElement;
      const heads = [...table.querySelectorAll('th[scope="col"]')];
      for (const label of ['自然人', '商业企业', '科研机构', '其他', '总计']) {
        const th = heads.find((h) => h.textContent?.trim() === label) as Element;
        expect(linesOf(th), label).toBe(1);
      }
      expect(table.getBoundingClientRect().right).toBeLessThanOrEqual(element.getBoundingClientRect().right);
      const appeals = element.shadowRoot?.querySelector('table[data-table="appeals"]') as HTMLElement;
      expect(appeals.getBoundingClientRect().right).toBeLessThanOrEqual(
        element.getBoundingClientRect().right,
      );
    } finally {
      await session.send('Emulation.setEmulatedMedia', { media: '' });
    }
  });
});
