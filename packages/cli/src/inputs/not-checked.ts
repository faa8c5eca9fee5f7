import type { Locale } from '@gongkai/schema';
import { extensionOf, NDJSON_EXTENSIONS, REPORT_EXTENSIONS } from './kinds.js';

/** Whether a file met in a folder is read as a report (or as lines of reports). */
export function isReportFile(name: string): boolean {
  if (isExpectedResults(name)) return false;
  const ext = extensionOf(name);
  return REPORT_EXTENSIONS.has(ext) || NDJSON_EXTENSIONS.has(ext);
}

// Expected-results files sit beside the corpus sources; they are not reports.
function isExpectedResults(name: string): boolean {
  return name.endsWith('.expected.json');
}

type Words = Record<Locale, string>;

/** Documents people publish reports as, which no reader here takes (yet): why, in words. */
const unread: Record<string, Words> = {
  pdf: { zh: '尚不能读取 PDF 文件', en: 'PDF files cannot be read yet' },
  doc: {
    zh: '旧版 Word 文件（.doc）不能读取：请另存为 .docx',
    en: 'old Word files (.doc) cannot be read: save as .docx',
  },
  wps: { zh: 'WPS 文件不能读取：请另存为 .docx', en: 'WPS files cannot be read: save as .docx' },
  xls: {
    zh: '旧版 Excel 文件（.xls）不能读取：请另存为 .xlsx',
    en: 'old Excel files (.xls) cannot be read: save as .xlsx',
  },
  et: { zh: 'WPS 表格文件不能读取：请另存为 .xlsx', en: 'WPS spreadsheets cannot be read: save as .xlsx' },
  ofd: { zh: '尚不能读取 OFD 文件', en: 'OFD files cannot be read yet' },
};

/**
 * Why a file met in a folder is not checked, in the locale: a document kind no reader takes, or not a
 * report at all. Every file of a folder is accounted for, so that a folder of PDFs never looks checked.
 */
export function notCheckedReason(name: string, locale: Locale): string {
  if (isExpectedResults(name))
    return locale === 'en'
      ? 'expected results of a test report, not a report'
      : '测试报告的预期结果，不是报告';
  const ext = extensionOf(name);
  const words = unread[ext];
  if (words) return words[locale];
  const shown = ext ? `.${ext}` : locale === 'en' ? 'no extension' : '无扩展名';
  return locale === 'en' ? `not a report file (${shown})` : `不是报告文件（${shown}）`;
}
