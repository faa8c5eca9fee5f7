import type { Diagnostic } from '@gongkai/engine';
import type { Locale } from '@gongkai/schema';

type Args = { page?: number; text?: string; pages?: number };

const messages: Record<
  string,
  { severity: Diagnostic['severity']; zh: (a: Args) => string; en: (a: Args) => string }
> = {
  'scan.figure-unplaced': {
    severity: 'warning',
    zh: (a) => `第 ${a.page} 页表格中识别出的数字「${a.text}」未能归入任何单元格`,
    en: (a) => `Page ${a.page}: the figure “${a.text}” read in a table was not placed in any cell`,
  },
  'scan.no-table': {
    severity: 'error',
    zh: (a) =>
      `扫描件共 ${a.pages} 页，没有找到带表格线的报告表格：这不像是政府信息公开工作年度报告（可能是照片或空白页），未生成报告`,
    en: (a) =>
      `None of the scan's ${a.pages} page(s) holds a ruled report table: this does not look like an annual report (a photo or a blank page?); no report was made`,
  },
  'scan.ocr': {
    severity: 'info',
    zh: () => '本报告的数字由扫描件文字识别（OCR）读出，是待核对的草稿，须经人工逐格确认',
    en: () => 'The figures of this report were read from a scan by OCR: a draft until a person confirms them',
  },
};

/** A located diagnostic of the scan reader, worded in Chinese (or English). */
export function scanMessage(code: keyof typeof messages & string, locale: Locale, args: Args): Diagnostic {
  const m = messages[code]!;
  return { code, severity: m.severity, message: m[locale](args) };
}
