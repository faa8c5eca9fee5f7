/**
 * The 「请核对」 walk-through on a draft made by the real OCR reader from the corpus' real PDF (pages 3–5
 * of 淮安 2024 scanned at 200 dpi, JPEG q60: see corpus/derived/README.md), crops and all.
 */
import { getCell, type Report } from '@gongkai/schema';
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import draft from '../../../corpus/derived/01-huaian-city-gov-2024.pages-3-5.200dpi-q60.scan.ocr.json';
import '../src/define/gk-report-editor.js';
import '../src/define/gk-findings.js';
import type { GkReportEditor } from '../src/editor/editor-element.js';
import type { OcrReview } from '../src/editor/ocr-review.js';
import type { GkOcrConfirmEvent } from '../src/events/index.js';
import { expectNoAxeViolations } from './support/axe.js';
import { clone, mount } from './support/dom.js';

const crops = import.meta.glob<string>(
  '../../../corpus/derived/01-huaian-city-gov-2024.pages-3-5.200dpi-q60.scan.crops/*.png',
  { eager: true, query: '?url', import: 'default' },
);
const cropUrl = (path: string) => crops[`../../../corpus/derived/${path}`];

/** The draft as a page gives it: the report and the cells to confirm, each crop an image URL. */
function ocrOf(): OcrReview {
  return {
    toConfirm: draft.toConfirm.map(({ crop, ...item }) => ({
      ...item,
      ...(crop ? { crop: cropUrl(crop) } : {}),
    })),
  };
}
const report = () => clone(draft.report as unknown as Report);
const listed = draft.toConfirm.length;

afterEach(() => localStorage.clear());

const $ = <T extends Element>(editor: GkReportEditor, selector: string) =>
  editor.shadowRoot!.querySelector(selector) as T;

async function open(attributes: Record<string, string> = { 'no-drafts': '' }) {
  return mount('gk-report-editor', { report: report(), ocr: ocrOf() }, attributes);
}

/** Puts the keyboard in the walk-through's value field, as Tab would. */
async function focusField(editor: GkReportEditor) {
  $<HTMLInputElement>(editor, '#ocr-value').focus();
  $<HTMLInputElement>(editor, '#ocr-value').select();
}

describe('<gk-report-editor> with an OCR draft', () => {
  test('has no axe violations; says 请核对 N 格 and that the report is an unconfirmed OCR draft', async () => {
    const editor = await open();
    expect(listed).toBe(31);
    expect($(editor, '#ocr-heading').textContent).toBe(`请核对 ${listed} 格`);
    expect($(editor, '.gk-ocr-banner').textContent).toContain('未经确认的草稿');
    // The first cell listed, its crop from the scan beside the value, named in Chinese.
    const first = draft.toConfirm[0]!;
    const img = $<HTMLImageElement>(editor, 'img.gk-ocr-crop');
    await img.decode();
    expect(img.naturalWidth).toBeGreaterThan(20);
    expect(img.alt).toContain('扫描件上此格的图像');
    expect(img.alt).toContain('第二部分「规章」行「本年制发件数」列');
    const field = $<HTMLInputElement>(editor, '#ocr-value');
    expect(field.value).toBe(String(first.value));
    expect(editor.shadowRoot!.querySelector('label[for="ocr-value"]')?.textContent).toContain('核对后的数值');
    // Every unconfirmed cell is a warning: no findings list can say 「未发现问题」.
    expect(editor.currentFindings.filter((f) => f.rule === 'ocr.unconfirmed')).toHaveLength(listed);
    expect(editor.unconfirmedCells).toHaveLength(listed);
    await expectNoAxeViolations(editor);
  });

  test('keyboard only: Enter confirms, typing corrects, arrows move without confirming', async () => {
    const editor = await open();
    const events: GkOcrConfirmEvent[] = [];
    editor.addEventListener('gk-ocr-confirm', (e) => events.push(e));
    await focusField(editor);
    const field = $<HTMLInputElement>(editor, '#ocr-value');
    // 1. Enter keeps the value read.
    await userEvent.keyboard('{Enter}');
    await editor.updateComplete;
    expect(events[0]).toMatchObject({
      address: draft.toConfirm[0]!.address,
      corrected: false,
      left: listed - 1,
    });
    expect($(editor, '#ocr-heading').textContent).toBe(`请核对 ${listed - 1} 格`);
    expect($(editor, '[role="status"].gk-ocr-status').textContent).toContain('已确认');
    // 2. The walk moved to the next cell, its value selected: typing replaces it. Two cells on, the
    // scan's 8 of 「规范性文件 本年制发件数」 was read as 3 with confidence 40; the person types 8.
    expect(editor.shadowRoot!.activeElement).toBe(field);
    expect($(editor, '.gk-ocr-where').textContent).toContain(`第 2 / ${listed} 格`);
    expect(field.selectionEnd! - field.selectionStart!).toBe(field.value.length);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await editor.updateComplete;
    const second = draft.toConfirm[3]!;
    expect(second.address).toBe('activeDisclosure.normativeDocuments.issued');
    expect(field.value).toBe('3');
    expect(field.selectionEnd! - field.selectionStart!).toBe(1);
    await userEvent.keyboard('8{Enter}');
    await editor.updateComplete;
    expect(getCell(editor.value!, second.address)).toBe(8);
    expect(events[1]).toMatchObject({ address: second.address, value: 8, corrected: true });
    expect(editor.unconfirmedCells).toHaveLength(listed - 2);
    // 3. The walk went on to the next cell awaiting a person; arrows move without confirming; Escape
    // brings the reading back after a stray keystroke.
    expect($(editor, '.gk-ocr-where').textContent).toContain(`第 5 / ${listed} 格`);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await userEvent.keyboard('{ArrowUp}');
    await editor.updateComplete;
    expect($(editor, '.gk-ocr-where').textContent).toContain(`第 6 / ${listed} 格`);
    const sixth = draft.toConfirm[5]!;
    await userEvent.keyboard('x');
    await userEvent.keyboard('{Escape}');
    await editor.updateComplete;
    expect(field.value).toBe(String(sixth.value));
    expect(editor.unconfirmedCells).toHaveLength(listed - 2);
    // 4. Not a number: nothing confirmed, said in Chinese.
    await userEvent.keyboard('1二{Enter}');
    await editor.updateComplete;
    expect($(editor, '.gk-ocr-status').textContent).toContain('这不是数字');
    expect(editor.unconfirmedCells).toHaveLength(listed - 2);
    // 5. A blank correction is blank, never 0.
    await userEvent.keyboard('{Escape}{Backspace}{Enter}');
    await editor.updateComplete;
    expect(getCell(editor.value!, sixth.address)).toBeNull();
    expect(editor.unconfirmedCells).toHaveLength(listed - 3);
    // 6. Tab reaches the buttons, each with a visible focus ring; 确认 by Space.
    await userEvent.tab();
    const confirm = editor.shadowRoot!.activeElement as HTMLButtonElement;
    expect(confirm.textContent).toBe('确认');
    expect(getComputedStyle(confirm).outlineStyle).toBe('solid');
    await userEvent.keyboard(' ');
    await editor.updateComplete;
    expect(editor.unconfirmedCells).toHaveLength(listed - 4);
  });

  test('an undo of a correction makes the cell a draft figure again', async () => {
    const editor = await open();
    await focusField(editor);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}8{Enter}');
    await editor.updateComplete;
    expect(editor.unconfirmedCells).not.toContain('activeDisclosure.normativeDocuments.issued');
    editor.undo();
    await editor.updateComplete;
    expect(getCell(editor.value!, 'activeDisclosure.normativeDocuments.issued')).toBe(3);
    expect(editor.unconfirmedCells).toContain('activeDisclosure.normativeDocuments.issued');
  });

  test('confirmations survive a reload in the draft; once all are confirmed, no OCR warning is left', async () => {
    const first = await open({ 'draft-key': 'ocr-draft' });
    await focusField(first);
    await userEvent.keyboard('{Enter}{ArrowDown}{ArrowDown}8{Enter}');
    await first.updateComplete;
    first.remove();
    expect(localStorage.getItem('gk-draft:ocr-draft')).toContain('"confirmed"');
    const second = await mount(
      'gk-report-editor',
      { report: report(), ocr: ocrOf() },
      { 'draft-key': 'ocr-draft' },
    );
    expect(second.unconfirmedCells).toHaveLength(listed);
    $<HTMLButtonElement>(second, '[part="draft"] button').click();
    await second.updateComplete;
    expect(second.unconfirmedCells).toHaveLength(listed - 2);
    expect(getCell(second.value!, 'activeDisclosure.normativeDocuments.issued')).toBe(8);
    expect($(second, '#ocr-heading').textContent).toBe(`请核对 ${listed - 2} 格`);
    // The form does not submit an unconfirmed OCR draft.
    expect(second.validationMessage).toContain('未经核对');
    await focusField(second);
    for (let i = 0; i < listed - 2; i++) await userEvent.keyboard('{Enter}');
    await second.updateComplete;
    expect(second.unconfirmedCells).toEqual([]);
    expect(second.currentFindings.some((f) => f.rule === 'ocr.unconfirmed')).toBe(false);
    expect($(second, '#ocr-heading').textContent).toBe('请核对：已全部核对');
    expect($(second, '.gk-ocr-banner').textContent).toContain(`${listed} 格已全部经人工核对`);
  });

  test('in English, the second locale', async () => {
    const editor = await open({ 'no-drafts': '', lang: 'en' });
    expect($(editor, '#ocr-heading').textContent).toBe(`Please check ${listed} cell(s)`);
    expect($<HTMLImageElement>(editor, 'img.gk-ocr-crop').alt).toContain('The cell on the scan');
    expect(editor.currentFindings.find((f) => f.rule === 'ocr.unconfirmed')?.message).toContain(
      'read by OCR',
    );
  });
});
