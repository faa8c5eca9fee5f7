import { corpus, entry } from '@gongkai/corpus';
import { createEmptyReport, formatsOf, getCell, layoutOf, type Report, setCell } from '@gongkai/schema';
import { afterEach, describe, expect, test } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import '../src/define/gk-report-editor.js';
import type { GkReportEditor } from '../src/editor/editor-element.js';
import { GkChangeEvent, GkDraftEvent, GkValidateEvent } from '../src/events/index.js';
import { expectNoAxeViolations } from './support/axe.js';
import { cellOf, clone, mount } from './support/dom.js';

const city = entry('01-huaian-city-gov-2024').report;

/** The city report with the 总计 of （一）予以公开 blanked, so the editor derives it. */
function withBlankTotal(): Report {
  const report = clone(city);
  setCell(report, 'applications.granted.total', null);
  return report;
}

const input = (editor: Element, address: string) =>
  editor.shadowRoot?.getElementById(`input-${address}`) as HTMLInputElement;

function record(editor: Element) {
  const events: Event[] = [];
  for (const type of ['gk-change', 'gk-validate', 'gk-draft'])
    editor.addEventListener(type, (e) => events.push(e));
  return events;
}

afterEach(() => localStorage.clear());

async function editor(
  report: Report = withBlankTotal(),
  attributes: Record<string, string> = {},
  parent?: Element,
) {
  return mount('gk-report-editor', { report }, { 'no-drafts': '', ...attributes }, parent);
}

describe('<gk-report-editor>', () => {
  test('has no axe violations, with derived cells and findings showing', async () => {
    const report = withBlankTotal();
    setCell(report, 'applications.newReceived.total', 1);
    const element = await editor(report);
    expect(element.currentFindings.length).toBeGreaterThan(0);
    await expectNoAxeViolations(element);
  });

  test.each(corpus.map((e) => [e.id, e.report] as const))(
    'edits %s: every figure in its input',
    async (_id, report) => {
      const element = await editor(report);
      for (const cell of layoutOf(formatsOf(report)).cells) {
        const value = getCell(report, cell.address) ?? null;
        const shown = input(element, cell.address).value;
        if (value !== null) expect(shown, cell.address).toBe(String(value));
        else expect(element.derivedCells.includes(cell.address) || shown === '', cell.address).toBe(true);
      }
    },
  );

  test('every cell is a labelled numeric input', async () => {
    const element = await editor();
    const inputs = element.shadowRoot?.querySelectorAll('td input') ?? [];
    expect(inputs.length).toBe(element.shadowRoot?.querySelectorAll('td[id^="cell-"]').length);
    const one = input(element, 'applications.withheld.stateSecret.commercial');
    expect(one.getAttribute('aria-label')).toContain('1.属于国家秘密');
    expect(one.getAttribute('aria-label')).toContain('商业企业');
    expect(one.inputMode).toBe('numeric');
    expect(input(element, 'activeDisclosure.fees.amount').inputMode).toBe('decimal');
  });

  test('derives totals live, marks them, and recomputes on every keystroke', async () => {
    const element = await editor();
    const expected = getCell(city, 'applications.granted.total') as number;
    expect(input(element, 'applications.granted.total').value).toBe(String(expected));
    expect(cellOf(element, 'applications.granted.total').classList).toContain('gk-derived');
    expect(element.derivedCells).toContain('applications.granted.total');
    const events = record(element);
    const cell = input(element, 'applications.granted.naturalPerson');
    const before = Number(cell.value);
    cell.focus();
    cell.select();
    await userEvent.keyboard(String(before + 12));
    await element.updateComplete;
    expect(input(element, 'applications.granted.total').value).toBe(String(expected + 12));
    const validates = events.filter((e) => e instanceof GkValidateEvent);
    expect(validates.length).toBe(String(before + 12).length);
    expect(events.filter((e) => e instanceof GkChangeEvent).length).toBeGreaterThan(0);
    const change = events.find((e) => e instanceof GkChangeEvent) as GkChangeEvent;
    expect(change.bubbles && change.composed).toBe(true);
    expect(change.source).toBe('input');
    expect(change.changes[0]?.path).toBe('applications.granted.naturalPerson');
    // The balance no longer holds: an error on the keystroke that broke it.
    expect(element.currentFindings.some((f) => f.severity === 'error')).toBe(true);
  });

  test('a derived total is editable; then it is the clerk’s figure, and checked', async () => {
    const element = await editor();
    const total = input(element, 'applications.granted.total');
    total.focus();
    total.select();
    await userEvent.keyboard('1');
    await element.updateComplete;
    expect(cellOf(element, 'applications.granted.total').classList).not.toContain('gk-derived');
    expect(
      element.currentFindings.some(
        (f) => f.rule === 'applications.row-sum' && f.path === 'applications.granted.total',
      ),
    ).toBe(true);
    expect(total.getAttribute('aria-invalid')).toBe('true');
  });

  test('text that is not a number is kept as typed and flagged', async () => {
    const element = await editor();
    const cell = input(element, 'appeals.review.upheld');
    cell.focus();
    cell.select();
    await userEvent.keyboard('12a');
    await element.updateComplete;
    expect(cell.value).toBe('12a');
    const finding = element.currentFindings.find((f) => f.path === 'appeals.review.upheld');
    expect(finding?.rule).toBe('cell.invalid');
    expect(finding?.message).toContain('「12a」，无效');
    // One finding, not a blank cell as well.
    const here = element.currentFindings.filter((f) => f.path === 'appeals.review.upheld');
    expect(here.filter((f) => f.rule.startsWith('cell.'))).toHaveLength(1);
  });

  test('setting report or calling undo() from script fires no events', async () => {
    const element = await editor();
    const events = record(element);
    element.report = clone(city);
    await element.updateComplete;
    element.undo();
    element.redo();
    await element.updateComplete;
    expect(events).toEqual([]);
  });

  test('moves like a spreadsheet: arrows, Enter, across tables', async () => {
    const element = await editor();
    const start = input(element, 'applications.granted.naturalPerson');
    start.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(element.shadowRoot?.activeElement?.id).toBe('input-applications.partiallyGranted.naturalPerson');
    await userEvent.keyboard('{Enter}');
    expect(element.shadowRoot?.activeElement?.id).toBe(
      'input-applications.withheld.stateSecret.naturalPerson',
    );
    await userEvent.keyboard('{Shift>}{Enter}{/Shift}');
    expect(element.shadowRoot?.activeElement?.id).toBe('input-applications.partiallyGranted.naturalPerson');
    // The whole figure is selected on arrival, so → moves on.
    await userEvent.keyboard('{ArrowRight}');
    expect(element.shadowRoot?.activeElement?.id).toBe('input-applications.partiallyGranted.commercial');
    await userEvent.keyboard('{ArrowLeft}');
    expect(element.shadowRoot?.activeElement?.id).toBe('input-applications.partiallyGranted.naturalPerson');
    // Up from the first row of 三 lands in the last row of 二, same column where it exists.
    input(element, 'applications.newReceived.naturalPerson').focus();
    await userEvent.keyboard('{ArrowUp}');
    expect(element.shadowRoot?.activeElement?.id).toBe('input-activeDisclosure.fees.amount');
    // Tab follows the printed order.
    input(element, 'applications.newReceived.naturalPerson').focus();
    await userEvent.keyboard('{Tab}');
    expect(element.shadowRoot?.activeElement?.id).toBe('input-applications.newReceived.commercial');
  });

  test('Enter that confirms a Pinyin composition stays in the cell; the next Enter moves down', async () => {
    const element = await editor();
    const cell = input(element, 'applications.granted.naturalPerson');
    cell.focus();
    cell.select();
    const session = cdp();
    // What an input method does: a composition shown in the field, Enter pressed while it is open,
    // then the chosen text committed.
    await session.send('Input.imeSetComposition', { text: 'wu', selectionStart: 2, selectionEnd: 2 });
    const composing: boolean[] = [];
    element.shadowRoot?.addEventListener('keydown', (e) => composing.push((e as KeyboardEvent).isComposing));
    await session.send('Input.dispatchKeyEvent', {
      type: 'rawKeyDown',
      key: 'Enter',
      code: 'Enter',
      windowsVirtualKeyCode: 229,
    });
    await session.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter' });
    await session.send('Input.insertText', { text: '五' });
    await element.updateComplete;
    expect(composing[0]).toBe(true);
    expect(element.shadowRoot?.activeElement?.id).toBe('input-applications.granted.naturalPerson');
    expect(cell.value).toBe('五');
    // 五 is not a figure: one finding that quotes it, not a blank cell as well.
    const found = element.currentFindings.filter((f) => f.path === 'applications.granted.naturalPerson');
    expect(found.filter((f) => f.rule.startsWith('cell.')).map((f) => f.rule)).toEqual(['cell.invalid']);
    expect(found[0]?.message).toContain('「五」');
    await userEvent.keyboard('{Enter}');
    expect(element.shadowRoot?.activeElement?.id).toBe('input-applications.partiallyGranted.naturalPerson');
  });

  test('a paste beyond the table’s edge says how many cells were pasted and how many were not', async () => {
    const element = await editor();
    const start = input(element, 'appeals.review.upheld');
    start.focus();
    const row = getCell(element.value, 'appeals.review.upheld');
    const data = new DataTransfer();
    // 四 has 15 cells in one row from 维持 on (review 5, lawsuits 10): 20 values leave 5 over.
    data.setData('text/plain', `${Array.from({ length: 20 }, (_, i) => i + 1).join('\t')}\n`);
    start.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, composed: true, cancelable: true }),
    );
    await element.updateComplete;
    expect(row).not.toBe(1);
    expect(getCell(element.value, 'appeals.review.upheld')).toBe(1);
    const status = element.shadowRoot?.querySelector('[role="status"].gk-status')?.textContent ?? '';
    expect(status).toBe('已粘贴 15 格，超出表格的 5 格未粘贴。');
  });

  test('text that is not a number survives a reload in the draft, exactly as typed', async () => {
    const report = withBlankTotal();
    const first = await mount('gk-report-editor', { report }, { 'draft-key': 'typed-draft' });
    const cell = input(first, 'appeals.review.upheld');
    cell.focus();
    cell.select();
    await userEvent.keyboard('十二 ');
    cell.blur();
    first.remove();
    const second = await mount('gk-report-editor', { report: clone(report) }, { 'draft-key': 'typed-draft' });
    const restore = second.shadowRoot?.querySelector<HTMLButtonElement>('[part="draft"] button');
    expect(restore?.textContent?.trim()).toBe('恢复草稿');
    restore?.click();
    await second.updateComplete;
    expect(input(second, 'appeals.review.upheld').value).toBe('十二 ');
    expect(getCell(second.value, 'appeals.review.upheld')).toBeNull();
    const found = second.currentFindings.filter((f) => f.path === 'appeals.review.upheld');
    expect(found.filter((f) => f.rule.startsWith('cell.')).map((f) => f.rule)).toEqual(['cell.invalid']);
    expect(found[0]?.message).toContain('「十二 」');
  });

  test('a new report: progress 已填写 0 / N, blank-cell findings wait until a section is left', async () => {
    const blank = createEmptyReport({ year: 2025, agency: { name: '西河镇人民政府', level: 'township' } });
    const element = await editor(blank, { 'defer-blanks': '' });
    const total = layoutOf(formatsOf(blank)).cells.length;
    const progress = element.shadowRoot?.querySelector('[part="progress"]')?.textContent ?? '';
    expect(progress).toContain(`已填写 0 / ${total}`);
    expect(progress).toMatch(/待填：二（\d+）、三（\d+）、四（\d+）/);
    // Nothing typed yet: nothing wrong yet (no blank cells, no empty sections reported).
    expect(element.currentFindings.map((f) => `${f.rule} ${f.path}`)).toEqual([]);
    // Typing in 二 and moving to 三 leaves 二: its blanks are shown, 三's still wait.
    const cell = input(element, 'activeDisclosure.regulations.issued');
    cell.focus();
    await userEvent.keyboard('3');
    input(element, 'applications.newReceived.naturalPerson').focus();
    await element.updateComplete;
    const sections = new Set(
      element.currentFindings.filter((f) => f.rule === 'cell.blank').map((f) => f.path.split('.')[0]),
    );
    expect([...sections]).toEqual(['activeDisclosure']);
    expect(element.shadowRoot?.querySelector('[part="progress"]')?.textContent).toContain(
      `已填写 1 / ${total}`,
    );
    const checkAll = [...(element.shadowRoot?.querySelectorAll('button') ?? [])].find((b) =>
      b.textContent?.trim().startsWith('全部核对'),
    );
    checkAll?.click();
    await element.updateComplete;
    expect(
      element.currentFindings.some((f) => f.rule === 'cell.blank' && f.path.startsWith('appeals.')),
    ).toBe(true);
    await expectNoAxeViolations(element);
  });

  test('pastes a block copied from Excel or WPS from the focused cell, and undoes it at once', async () => {
    const element = await editor();
    const events = record(element);
    const start = input(element, 'applications.withheld.stateSecret.naturalPerson');
    start.focus();
    const data = new DataTransfer();
    data.setData('text/plain', '1\t2\t3\r\n4\t\t６\r\n');
    start.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, composed: true, cancelable: true }),
    );
    await element.updateComplete;
    const value = (a: string) => getCell(element.value, `applications.withheld.${a}`);
    expect([
      value('stateSecret.naturalPerson'),
      value('stateSecret.commercial'),
      value('stateSecret.research'),
    ]).toEqual([1, 2, 3]);
    expect([
      value('prohibitedByLaw.naturalPerson'),
      value('prohibitedByLaw.commercial'),
      value('prohibitedByLaw.research'),
    ]).toEqual([4, null, 6]);
    const change = events.find((e) => e instanceof GkChangeEvent) as GkChangeEvent;
    expect(change.source).toBe('paste');
    expect(change.changes).toHaveLength(6);
    await userEvent.keyboard('{Control>}z{/Control}');
    await element.updateComplete;
    expect(value('stateSecret.naturalPerson')).toBe(
      getCell(city, 'applications.withheld.stateSecret.naturalPerson'),
    );
    expect(value('prohibitedByLaw.research')).toBe(
      getCell(city, 'applications.withheld.prohibitedByLaw.research'),
    );
    await userEvent.keyboard('{Control>}y{/Control}');
    await element.updateComplete;
    expect(value('prohibitedByLaw.research')).toBe(6);
  });

  test('undo and redo from the toolbar; a typing run undoes as one step', async () => {
    const element = await editor();
    const cell = input(element, 'appeals.review.upheld');
    const original = cell.value;
    cell.focus();
    cell.select();
    await userEvent.keyboard('345');
    await element.updateComplete;
    expect(getCell(element.value, 'appeals.review.upheld')).toBe(345);
    const [undo, redo] = [
      ...(element.shadowRoot?.querySelectorAll('[role="toolbar"] button') ?? []),
    ] as HTMLButtonElement[];
    undo?.click();
    await element.updateComplete;
    expect(input(element, 'appeals.review.upheld').value).toBe(original);
    expect(redo?.disabled).toBe(false);
    redo?.click();
    await element.updateComplete;
    expect(input(element, 'appeals.review.upheld').value).toBe('345');
  });

  test('narrative sections are edited as text', async () => {
    const element = await editor();
    const events = record(element);
    const area = element.shadowRoot?.getElementById('narrative-problems') as HTMLTextAreaElement;
    expect(area.localName).toBe('textarea');
    expect(area.getAttribute('aria-labelledby')).toBe('section-problems');
    area.focus();
    area.select();
    await userEvent.keyboard('<b>整改</b>');
    await element.updateComplete;
    expect(element.value?.narrative.problems).toBe('<b>整改</b>');
    expect((events.find((e) => e instanceof GkChangeEvent) as GkChangeEvent).changes[0]?.path).toBe(
      'narrative.problems',
    );
  });

  test('saves drafts as the clerk types and offers them back after a reload', async () => {
    const report = withBlankTotal();
    const first = await mount('gk-report-editor', { report }, { 'draft-key': 'test-draft' });
    const cell = input(first, 'appeals.review.upheld');
    cell.focus();
    cell.select();
    await userEvent.keyboard('77');
    cell.blur();
    expect(localStorage.getItem('gk-draft:test-draft')).toContain('"upheld":77');
    first.remove();
    // "Reload": a new editor given the same report finds the draft.
    const second = await mount('gk-report-editor', { report: clone(report) }, { 'draft-key': 'test-draft' });
    const banner = second.shadowRoot?.querySelector('[part="draft"]');
    expect(banner?.textContent).toContain('自动保存的草稿');
    await expectNoAxeViolations(second);
    const events = record(second);
    (banner!.querySelector('button') as HTMLButtonElement).click();
    await second.updateComplete;
    expect(getCell(second.value, 'appeals.review.upheld')).toBe(77);
    expect(events.some((e) => e instanceof GkDraftEvent && e.action === 'restore')).toBe(true);
    expect(second.shadowRoot?.querySelector('[part="draft"]')).toBeNull();
  });

  describe('in a form', () => {
    async function inForm(report: Report, attributes: Record<string, string> = {}) {
      const form = document.createElement('form');
      form.addEventListener('submit', (e) => e.preventDefault());
      document.body.append(form);
      const element = (await editor(report, { name: 'report', ...attributes }, form)) as GkReportEditor;
      return { form, element };
    }

    test('submits the report JSON, totals derived', async () => {
      const { form, element } = await inForm(withBlankTotal());
      const submitted = JSON.parse(new FormData(form).get('report') as string) as Report;
      expect(getCell(submitted, 'applications.granted.total')).toBe(
        getCell(city, 'applications.granted.total'),
      );
      expect(element.form).toBe(form);
      form.remove();
    });

    test('blocks submission while errors remain, and lets it through when configured', async () => {
      const broken = withBlankTotal();
      setCell(broken, 'appeals.review.total', 999);
      const { form, element } = await inForm(broken);
      expect(element.checkValidity()).toBe(false);
      expect(element.validationMessage).toContain('错误');
      let submitted = 0;
      form.addEventListener('submit', () => submitted++);
      form.requestSubmit();
      expect(submitted).toBe(0);
      element.blockSubmit = 'never';
      await element.updateComplete;
      expect(element.checkValidity()).toBe(true);
      form.requestSubmit();
      expect(submitted).toBe(1);
      form.remove();
    });

    test('form reset goes back to the report that was set', async () => {
      const { form, element } = await inForm(withBlankTotal());
      const cell = input(element, 'appeals.review.upheld');
      cell.focus();
      cell.select();
      await userEvent.keyboard('5');
      form.reset();
      await element.updateComplete;
      expect(getCell(element.value, 'appeals.review.upheld')).toBe(getCell(city, 'appeals.review.upheld'));
      form.remove();
    });

    test('a disabled fieldset disables every field', async () => {
      const form = document.createElement('form');
      const fieldset = document.createElement('fieldset');
      fieldset.disabled = true;
      form.append(fieldset);
      document.body.append(form);
      const element = await editor(withBlankTotal(), { name: 'r' }, fieldset);
      await element.updateComplete;
      expect(input(element, 'appeals.review.upheld').disabled).toBe(true);
      form.remove();
    });
  });
});

describe('<gk-report-editor> languages', () => {
  test('findings follow a change of lang', async () => {
    const report = withBlankTotal();
    setCell(report, 'appeals.review.total', 999);
    const element = await editor(report, { lang: 'zh' });
    const message = () =>
      element.currentFindings.find((f) => f.path === 'appeals.review.total')?.message ?? '';
    expect(message()).toMatch(/[\u4e00-\u9fff]/);
    element.setAttribute('lang', 'en');
    await element.updateComplete;
    expect(message()).not.toMatch(/[\u4e00-\u9fff]{4}/);
    expect(element.shadowRoot?.querySelector('h2')?.textContent).toBe('1. Overview');
  });
});
