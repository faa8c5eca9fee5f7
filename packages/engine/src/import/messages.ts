import type { Locale } from '@gongkai/schema';

type Params = Record<string, string | number>;
type Message = (p: Params) => { zh: string; en: string };

// Diagnostic codes are public (never renamed); their words are Chinese first, English second.
const messages: Record<string, Message> = {
  'input.empty': () => ({ zh: '输入为空，没有可读取的内容', en: 'The input is empty' }),
  'input.unrecognized': (p) =>
    p.what === 'pdf'
      ? {
          zh: '这是 PDF 文件：请复制其中的文字（或另存为 Word）后再导入',
          en: 'This is a PDF: copy its text out (or save it as Word) and import that',
        }
      : p.what === 'binary'
        ? {
            zh: '输入是二进制数据，不是文本、网页或 Office 文件',
            en: 'The input is binary data, not text, a page or an Office file',
          }
        : {
            zh: `在输入中（${p.what} 行）未找到年度报告的章节或表格`,
            en: `No section or table of an annual report was found in the input (${p.what} lines)`,
          },
  'input.truncated': (p) => ({
    zh: `输入过长，只读取了前 ${p.count} 行`,
    en: `The input is too long; only its first ${p.count} lines were read`,
  }),
  'json.invalid': (p) => ({
    zh: `JSON 报告不合格式：${p.detail}`,
    en: `The JSON report is invalid: ${p.detail}`,
  }),
  'section.not-found': (p) => ({
    zh: `未找到「${p.section}」部分的标题或内容`,
    en: `Section “${p.sectionEn}” was not found (neither heading nor content)`,
  }),
  'section.heading-missing': (p) => ({
    zh: `未找到「${p.section}」的标题，已按位置读取其内容`,
    en: `The heading of section “${p.sectionEn}” is missing; its content was read by position`,
  }),
  'section.variant': (p) => ({
    zh: `标题「${p.text}」按「${p.section}」读取`,
    en: `Heading “${p.text}” read as section “${p.sectionEn}”`,
  }),
  'section.repeated': (p) => ({
    zh: `「${p.section}」的标题重复出现`,
    en: `The heading of section “${p.sectionEn}” appears again`,
  }),
  'row.not-found': (p) =>
    p.nearest
      ? {
          zh: `「${p.text}」不是本表的行，最接近的是「${p.nearest}」`,
          en: `“${p.text}” is not a row of the table; the nearest label is “${p.nearest}”`,
        }
      : {
          zh: `未找到「${p.row}」一行，其单元格记为空（不是 0）`,
          en: `Row “${p.row}” was not found; its cells are blank (not 0)`,
        },
  'row.repeated': (p) => ({
    zh: `「${p.row}」一行重复出现，只保留第一次`,
    en: `Row “${p.row}” appears twice; the first is kept`,
  }),
  'row.short': (p) => ({
    zh: `「${p.row}」一行只有 ${p.count} 个单元格，应有 ${p.expected} 个，缺少的记为空`,
    en: `Row “${p.row}” has ${p.count} cells instead of ${p.expected}; the missing ones are blank`,
  }),
  'row.long': (p) => ({
    zh: `「${p.row}」一行有 ${p.count} 个单元格，应有 ${p.expected} 个，已按勾稽关系和空单元格对齐`,
    en: `Row “${p.row}” has ${p.count} cells instead of ${p.expected}; aligned by the sums and blank cells`,
  }),
  'row.split': (p) => ({
    zh: `「${p.row}」的数字连在一起（${p.text}），按勾稽关系拆为 ${p.values}`,
    en: `The figures of “${p.row}” ran together (${p.text}); split by the sums into ${p.values}`,
  }),
  'row.ambiguous': (p) => ({
    zh: `无法确定「${p.text}」如何拆成 ${p.count} 个单元格（「${p.row}」的数字连在一起或缺了分隔），这些单元格记为空`,
    en: `Cannot tell how “${p.text}” splits into ${p.count} cells (the figures of “${p.row}” ran together or lost their separators); left blank`,
  }),
  'label.variant': (p) => ({
    zh: `「${p.text}」按「${p.label}」读取`,
    en: `“${p.text}” read as “${p.label}”`,
  }),
  'value.unreadable': (p) => ({
    zh: `单元格「${p.text}」不是数字，记为空`,
    en: `Cell “${p.text}” is not a number; left blank`,
  }),
  'value.annotated': (p) => ({
    zh: `单元格「${p.text}」读作 ${p.value}，附注「${p.note}」另存`,
    en: `Cell “${p.text}” read as ${p.value}; the note “${p.note}” is kept`,
  }),
  'table.other-format': (p) => ({
    zh: `「${p.section}」使用${p.version}年格式（${p.year}年度报告）`,
    en: `Section “${p.sectionEn}” uses the ${p.version} format (report for ${p.year})`,
  }),
  'table.format-unknown': (p) => ({
    zh: `无法判断「${p.section}」的格式版本，按${p.version}年格式读取`,
    en: `The format of section “${p.sectionEn}” cannot be told; read as ${p.version}`,
  }),
  'table.empty': (p) => ({
    zh: `「${p.section}」没有可读取的行`,
    en: `Section “${p.sectionEn}” has no readable rows`,
  }),
  'report.blank': () => ({
    zh: '报告中没有填写任何数字（所有单元格为空）',
    en: 'Nothing is filled in: every cell is blank',
  }),
  'year.not-found': (p) => ({
    zh: `未找到报告年度，暂记为 ${p.year} 年`,
    en: `The year reported on was not found; ${p.year} assumed`,
  }),
  'agency.not-found': () => ({ zh: '未找到报告机关名称', en: 'The reporting body was not found' }),
  'year.inferred': (p) => ({
    zh: `标题中没有报告年度，按${FACT_SOURCE_ZH[p.from as string] ?? p.from}读取为 ${p.year} 年`,
    en: `The title gives no year; ${p.year} read from the ${FACT_SOURCE_EN[p.from as string] ?? p.from}`,
  }),
  'agency.inferred': (p) => ({
    zh: `标题中没有报告机关，按${FACT_SOURCE_ZH[p.from as string] ?? p.from}读取为「${p.agency}」`,
    en: `The title gives no body; “${p.agency}” read from the ${FACT_SOURCE_EN[p.from as string] ?? p.from}`,
  }),
  'narrative.placeholder': (p) => ({
    zh: `「${p.text}」是模板的占位文字，未作为「${p.section}」的正文导入`,
    en: `“${p.text}” is the template's placeholder; it was not taken as the text of “${p.sectionEn}”`,
  }),
  'text.unplaced': (p) => ({
    zh: `第 ${p.line} 行起的 ${p.count} 行文字未能归入任何部分：「${p.text}」`,
    en: `${p.count} line(s) of text from line ${p.line} could not be placed: “${p.text}”`,
  }),
  'text.outside': (p) => ({
    zh: `网页中报告正文以外的 ${p.count} 行文字（导航、页脚等）未读取`,
    en: `${p.count} line(s) of the page outside the report (navigation, footer) were not read`,
  }),
  'diagnostics.truncated': (p) => ({
    zh: `另有 ${p.count} 条提示未列出`,
    en: `${p.count} more diagnostics not listed`,
  }),
};

/** The words of a diagnostic in one locale. */
export function messageOf(code: string, params: Params, locale: Locale): string {
  const message = messages[code];
  return message ? message(params)[locale] : code;
}

// Where a year or body missing from the title was read (`FoundFact.from`).
const FACT_SOURCE_ZH: Record<string, string> = {
  period: '统计时限',
  signature: '文末落款（落款日期的上一年）',
  publication: '页面发布信息（发布日期的上一年）',
};
const FACT_SOURCE_EN: Record<string, string> = {
  period: 'statistics period',
  signature: 'signature at the end (the year before its date)',
  publication: "page's publication lines (the year before their date)",
};
