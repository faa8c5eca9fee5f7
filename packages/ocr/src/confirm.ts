import type { Locale } from '@gongkai/schema';

/** Why a figure read by OCR must be looked at by a person before it counts. */
export type ConfirmReason =
  | 'sum'
  | 'rule'
  | 'low-confidence'
  | 'unchecked'
  | 'unreadable'
  | 'blank'
  | 'row-guessed'
  | 'not-found';

/** Below this tesseract confidence a figure is not trusted even where its sums hold. */
export const LOW_CONFIDENCE = 90;

const words: Record<Locale, Record<ConfirmReason, string>> = {
  zh: {
    sum: '与相关合计不符',
    'low-confidence': '识别把握不足',
    unchecked: '此格没有合计可核对',
    unreadable: '未能识别为数字，暂留空',
    blank: '扫描件上此格空白，暂留空（空白不是 0）',
    'row-guessed': '行名识别不清，按最接近的行名归入',
    'not-found': '扫描件中未找到此格所在的行，暂留空',
    rule: '未通过核对规则',
  },
  en: {
    sum: 'does not agree with its totals',
    'low-confidence': 'read with low confidence',
    unchecked: 'no total checks this cell',
    unreadable: 'not read as a number, left blank',
    blank: 'blank on the scan, left blank (blank is not 0)',
    'row-guessed': 'row label unclear, placed by the closest label',
    'not-found': 'its row was not found on the scan, left blank',
    rule: 'fails a check of the format',
  },
};

/** The reasons as one sentence, Chinese first. */
export function reasonText(reasons: readonly ConfirmReason[], locale: Locale = 'zh'): string {
  return reasons.map((r) => words[locale][r]).join(locale === 'zh' ? '；' : '; ');
}

/** The words the CLI and the editor print over the list of cells to check. */
export const CONFIRM_TITLE: Record<Locale, string> = { zh: '请核对', en: 'Please check' };
