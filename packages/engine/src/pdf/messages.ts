import type { Locale } from '@gongkai/schema';

type Params = Record<string, string | number>;

// The PDF reader's own diagnostic codes (public, never renamed): Chinese first, English second.
const messages: Record<string, (p: Params) => { zh: string; en: string }> = {
  'pdf.scanned': (p) => ({
    zh: `这是扫描件，没有文字层（${p.pages} 页都是图片）：需要先做文字识别（OCR）`,
    en: `This is a scan with no text layer (${p.pages} pages are images): it needs OCR first`,
  }),
  'pdf.no-text': () => ({
    zh: 'PDF 中没有文字，也没有图片：无法读取',
    en: 'The PDF holds neither text nor images: nothing to read',
  }),
  'pdf.unreadable': (p) => ({
    zh: `文字层无法识别：字体没有字符映射（${p.share}% 的字符无法解码），请向发布机关索取可复制文字的文件`,
    en: `The text layer cannot be decoded: its fonts have no character maps (${p.share}% of characters); ask the publisher for a copyable file`,
  }),
  'pdf.encrypted': () => ({
    zh: 'PDF 文件已加密（需要密码），无法读取',
    en: 'The PDF is encrypted (it needs a password) and cannot be read',
  }),
  'pdf.corrupt': () => ({
    zh: 'PDF 文件已损坏或不完整，无法读取',
    en: 'The PDF is damaged or incomplete and cannot be read',
  }),
  'pdf.timeout': (p) => ({
    zh: `PDF 文件读取超时（超过 ${p.seconds} 秒），已停止`,
    en: `Reading the PDF took longer than ${p.seconds} s and was stopped`,
  }),
  'pdf.pages-capped': (p) => ({
    zh: `PDF 共 ${p.count} 页，只读取了前 ${p.read} 页`,
    en: `The PDF has ${p.count} pages; only the first ${p.read} were read`,
  }),
  'pdf.image-pages': (p) => ({
    zh: `第 ${p.pages} 页是图片，没有文字层（扫描或以图片插入的页），其中的文字和数字未读取：请用文字识别（OCR）读取，或向发布机关索取可复制文字的文件`,
    en: `Page(s) ${p.pages} are images with no text layer (scanned or pasted in as pictures): their text and figures were not read; read them by OCR, or ask the publisher for a copyable file`,
  }),
  'pdf.text-aside': (p) => ({
    zh: `第 ${p.page} 页有 ${p.count} 段水印或旁注（斜排、竖排，或每页重复、远大于正文的字，如「${p.sample}」），不是正文，未读取`,
    en: `Page ${p.page} has ${p.count} run(s) of watermark or margin text (at an angle, or repeated on every page far larger than the text, such as “${p.sample}”): not the report's text, not read`,
  }),
  'pdf.cell-unsure': (p) => ({
    zh: `第 ${p.page} 页「${p.row}」一行第 ${p.column} 列印有两个数字，无法确定是哪一个，已留空（不是 0）`,
    en: `Page ${p.page}, row “${p.row}”, column ${p.column} holds two figures; which one is meant is unknown, so it is left blank (not 0)`,
  }),
};

export function pdfMessage(code: string, params: Params, locale: Locale): string {
  const m = messages[code]?.(params);
  return m ? m[locale] : code;
}

/** 「第 4 页」 in the reader's language, for diagnostics located by page. */
export function pageWords(page: number, locale: Locale): string {
  return locale === 'en' ? `Page ${page}` : `第 ${page} 页`;
}
