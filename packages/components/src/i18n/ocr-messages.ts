/**
 * The editor's words for a report read by OCR (the confirmation walk-through). Their own catalogue, so
 * that only the editor carries them: the read-only report's bundle has no use for them.
 */
import type { Locale } from '@gongkai/schema';
import { overridden } from './messages.js';

export interface OcrMessages {
  /** The walk-through's heading: 「请核对 N 格」. */
  heading: (left: number) => string;
  /** The banner while cells remain: the report is an unconfirmed OCR draft. */
  unconfirmed: (left: number, total: number) => string;
  /** Once every listed cell is confirmed. */
  allConfirmed: (total: number) => string;
  /** Where the walk is: cell i of n. */
  position: (at: number, total: number) => string;
  /** Accessible name of the crop image. */
  cropAlt: (cell: string) => string;
  noCrop: string;
  /** What OCR read and how sure it was. */
  read: (value: string, confidence: number, page: number | undefined) => string;
  blank: string;
  why: string;
  /** The value field. */
  valueLabel: (cell: string) => string;
  keysHint: string;
  confirm: string;
  correct: string;
  previous: string;
  next: string;
  isConfirmed: (value: string) => string;
  /** Announced after an action. */
  confirmedStatus: (cell: string, value: string, left: number) => string;
  notANumber: string;
  /** The finding each unconfirmed cell gives, so no list says 「未发现问题」 while any remain. */
  finding: (cell: string, why: string) => string;
  /** Why the form does not submit while cells remain. */
  blocked: (left: number) => string;
}

const zh: OcrMessages = {
  heading: (left) => (left > 0 ? `请核对 ${left} 格` : '请核对：已全部核对'),
  unconfirmed: (left, total) =>
    `本报告的数字由扫描件文字识别（OCR）读出，是未经确认的草稿：${total} 格中还有 ${left} 格待人工核对。`,
  allConfirmed: (total) => `文字识别列出的 ${total} 格已全部经人工核对。`,
  position: (at, total) => `第 ${at} / ${total} 格`,
  cropAlt: (cell) => `扫描件上此格的图像：${cell}`,
  noCrop: '扫描件上未找到此格，没有图像：请对照原件核对',
  read: (value, confidence, page) =>
    `识别结果：${value}（把握 ${Math.round(confidence)}%${page === undefined ? '' : `，第 ${page} 页`}）`,
  blank: '空',
  why: '列出原因',
  valueLabel: (cell) => `核对后的数值：${cell}`,
  keysHint: '回车确认（改了数字则按改正后的数值确认），↑↓ 上一格 / 下一格，Esc 恢复识别结果；空白不是 0。',
  confirm: '确认',
  correct: '改正',
  previous: '上一格',
  next: '下一格',
  isConfirmed: (value) => `已确认：${value}`,
  confirmedStatus: (cell, value, left) => `已确认 ${cell}：${value}。还有 ${left} 格待核对。`,
  notANumber: '这不是数字：请输入数字，或留空表示空白。',
  finding: (cell, why) => `${cell}：由文字识别读出，尚未核对（${why}）`,
  blocked: (left) => `还有 ${left} 格文字识别结果未经核对，核对后方可提交。`,
};

const en: OcrMessages = {
  heading: (left) => (left > 0 ? `Please check ${left} cell(s)` : 'Please check: all checked'),
  unconfirmed: (left, total) =>
    `The figures of this report were read from a scan by OCR: an unconfirmed draft, ${left} of ${total} cell(s) still to check.`,
  allConfirmed: (total) => `All ${total} cell(s) listed by OCR have been checked by a person.`,
  position: (at, total) => `Cell ${at} of ${total}`,
  cropAlt: (cell) => `The cell on the scan: ${cell}`,
  noCrop: 'This cell was not found on the scan, so there is no image: check it against the original',
  read: (value, confidence, page) =>
    `Read: ${value} (confidence ${Math.round(confidence)}%${page === undefined ? '' : `, page ${page}`})`,
  blank: 'blank',
  why: 'Why listed',
  valueLabel: (cell) => `Checked value: ${cell}`,
  keysHint:
    'Enter confirms (the corrected figure if you typed one), ↑↓ previous / next, Esc restores the reading; blank is not 0.',
  confirm: 'Confirm',
  correct: 'Correct',
  previous: 'Previous',
  next: 'Next',
  isConfirmed: (value) => `Confirmed: ${value}`,
  confirmedStatus: (cell, value, left) => `Confirmed ${cell}: ${value}. ${left} cell(s) left to check.`,
  notANumber: 'Not a number: type a figure, or leave it empty for a blank.',
  finding: (cell, why) => `${cell}: read by OCR, not yet checked (${why})`,
  blocked: (left) => `${left} cell(s) read by OCR are not checked yet; check them before submitting.`,
};

export const defaultOcrMessages: Record<Locale, OcrMessages> = { zh, en };

/** The OCR words for a locale with a portal's overrides applied. */
export function ocrMessagesFor(
  locale: Locale,
  overrides?: Partial<OcrMessages> | Partial<Record<Locale, Partial<OcrMessages>>>,
): OcrMessages {
  return overridden(defaultOcrMessages, locale, overrides);
}
