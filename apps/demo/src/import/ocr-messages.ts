/** The import screen's words for reading a scan by OCR (Chinese first, English second). */
import type { Locale } from '@gongkai/schema';

export interface OcrWords {
  offer: (name: string) => string;
  offerHint: string;
  start: string;
  cancel: string;
  loading: string;
  progressLabel: string;
  progress: (page: number, pages: number, cell: number, cells: number) => string;
  cancelled: string;
  failed: (detail: string) => string;
  image: string;
}

const words: Record<Locale, OcrWords> = {
  zh: {
    offer: (name) => `「${name || '此文件'}」是扫描件（图片），没有可读的文字。可以用文字识别读取它的表格：`,
    offerHint:
      '文字识别（OCR）在本机浏览器中运行，不上传文件；首次需载入约 45 MB 的识别程序和语言数据。识别结果是草稿：每个存疑的单元格都要逐格核对。',
    start: '用文字识别（OCR）读取',
    cancel: '取消',
    loading: '正在载入文字识别程序和语言数据……',
    progressLabel: '文字识别进度',
    progress: (page, pages, cell, cells) => `正在识别第 ${page} / ${pages} 页 · 单元格 ${cell} / ${cells}`,
    cancelled: '已取消文字识别，未生成草稿。',
    failed: (detail) => `文字识别未能读出报告：${detail}`,
    image: '这是一张图片（扫描件或照片），没有文字层，无法直接导入。',
  },
  en: {
    offer: (name) =>
      `“${name || 'This file'}” is a scan (images), with no text to read. Its tables can be read by OCR:`,
    offerHint:
      'OCR runs in this browser; the file is not uploaded. The first run loads about 45 MB of recognition program and language data. The result is a draft: every doubtful cell is to be checked one by one.',
    start: 'Read it by OCR',
    cancel: 'Cancel',
    loading: 'Loading the OCR program and language data…',
    progressLabel: 'OCR progress',
    progress: (page, pages, cell, cells) => `Reading page ${page} / ${pages} · cell ${cell} / ${cells}`,
    cancelled: 'OCR cancelled; no draft was made.',
    failed: (detail) => `OCR could not read a report: ${detail}`,
    image: 'This is a picture (a scan or a photo) with no text layer; it cannot be imported as it is.',
  },
};

export const ocrWords = (locale: Locale): OcrWords => words[locale];
