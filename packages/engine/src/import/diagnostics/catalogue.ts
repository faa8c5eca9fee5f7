import type { Label, Severity } from '@gongkai/schema';

/**
 * One import diagnostic: its fixed severity, its words in both languages from its own typed parameters,
 * and sample parameters (one per wording) from which docs/IMPORT-DIAGNOSTICS.md shows each message.
 */
export interface DiagnosticDef<P> {
  severity: Severity;
  words: (params: P) => Label;
  samples: readonly P[];
}

function define<P>(severity: Severity, words: (params: P) => Label, samples: readonly P[]): DiagnosticDef<P> {
  return { severity, words, samples };
}

type None = Record<string, never>;
/** A section named in both languages (`sectionParams`). */
interface SectionNamed {
  section: string;
  sectionEn: string;
}
/** Where a year or body missing from the title was read (`FoundFact.from`). */
export type FactSource = 'period' | 'signature' | 'publication';

const FACT_SOURCE: Record<FactSource, Label> = {
  period: { zh: '统计时限', en: 'statistics period' },
  signature: { zh: '文末落款（落款日期的上一年）', en: 'signature at the end (the year before its date)' },
  publication: {
    zh: '页面发布信息（发布日期的上一年）',
    en: "page's publication lines (the year before their date)",
  },
};

const section2 = { section: '主动公开政府信息情况', sectionEn: 'Information disclosed proactively' };

/**
 * The import diagnostics, a closed catalogue as `validate/rules.ts` is for rules: codes are public (never
 * renamed), each has one severity, and its words are Chinese first, English second.
 */
export const IMPORT_DIAGNOSTICS = {
  'input.empty': define<None>(
    'error',
    () => ({ zh: '输入为空，没有可读取的内容', en: 'The input is empty' }),
    [{}],
  ),
  'input.unrecognized': define<{ what: 'binary' | 'xlsx' | 'docx' } | { lines: number }>(
    'error',
    (p) =>
      'lines' in p
        ? {
            zh: `在输入中（${p.lines} 行）未找到年度报告的章节或表格`,
            en: `No section or table of an annual report was found in the input (${p.lines} lines)`,
          }
        : UNREADABLE_FILE[p.what],
    [{ lines: 12 }, { what: 'binary' }, { what: 'xlsx' }, { what: 'docx' }],
  ),
  'json.invalid': define<{ detail: string }>(
    'error',
    (p) => ({ zh: `JSON 报告不合格式：${p.detail}`, en: `The JSON report is invalid: ${p.detail}` }),
    [{ detail: 'year: 应为整数' }],
  ),
  'section.not-found': define<SectionNamed>(
    'error',
    (p) => ({
      zh: `未找到「${p.section}」部分的标题或内容`,
      en: `Section “${p.sectionEn}” was not found (neither heading nor content)`,
    }),
    [section2],
  ),
  'section.heading-missing': define<SectionNamed>(
    'warning',
    (p) => ({
      zh: `未找到「${p.section}」的标题，已按位置读取其内容`,
      en: `The heading of section “${p.sectionEn}” is missing; its content was read by position`,
    }),
    [section2],
  ),
  'section.variant': define<SectionNamed & { text: string }>(
    'info',
    (p) => ({
      zh: `标题「${p.text}」按「${p.section}」读取`,
      en: `Heading “${p.text}” read as section “${p.sectionEn}”`,
    }),
    [{ ...section2, text: '二、主动公开政府信息' }],
  ),
  'section.repeated': define<SectionNamed>(
    'info',
    (p) => ({
      zh: `「${p.section}」的标题重复出现`,
      en: `The heading of section “${p.sectionEn}” appears again`,
    }),
    [section2],
  ),
  // Two cases under one public code (the OCR draft reads the first by its `path`): a line of figures whose
  // label names no row, and a row of the catalogue the input lacks.
  'row.not-found': define<{ text: string; nearest: string } | { row: string }>(
    'warning',
    (p) =>
      'nearest' in p
        ? {
            zh: `「${p.text}」不是本表的行，最接近的是「${p.nearest}」`,
            en: `“${p.text}” is not a row of the table; the nearest label is “${p.nearest}”`,
          }
        : {
            zh: `未找到「${p.row}」一行，其单元格记为空（不是 0）`,
            en: `Row “${p.row}” was not found; its cells are blank (not 0)`,
          },
    [{ text: '规张', nearest: '规章' }, { row: '规章' }],
  ),
  'row.repeated': define<{ row: string }>(
    'info',
    (p) => ({
      zh: `「${p.row}」一行重复出现，只保留第一次`,
      en: `Row “${p.row}” appears twice; the first is kept`,
    }),
    [{ row: '规章' }],
  ),
  'row.short': define<{ row: string; count: number; expected: number }>(
    'info',
    (p) => ({
      zh: `「${p.row}」一行只有 ${p.count} 个单元格，应有 ${p.expected} 个，缺少的记为空`,
      en: `Row “${p.row}” has ${p.count} cells instead of ${p.expected}; the missing ones are blank`,
    }),
    [{ row: '规章', count: 2, expected: 3 }],
  ),
  'row.long': define<{ row: string; count: number; expected: number }>(
    'warning',
    (p) => ({
      zh: `「${p.row}」一行有 ${p.count} 个单元格，应有 ${p.expected} 个，已按勾稽关系和空单元格对齐`,
      en: `Row “${p.row}” has ${p.count} cells instead of ${p.expected}; aligned by the sums and blank cells`,
    }),
    [{ row: '规章', count: 4, expected: 3 }],
  ),
  'row.split': define<{ row: string; text: string; values: string }>(
    'info',
    (p) => ({
      zh: `「${p.row}」的数字连在一起（${p.text}），按勾稽关系拆为 ${p.values}`,
      en: `The figures of “${p.row}” ran together (${p.text}); split by the sums into ${p.values}`,
    }),
    [{ row: '规章', text: '1023', values: '10, 2, 3' }],
  ),
  'row.ambiguous': define<{ row: string; text: string; count: number }>(
    'warning',
    (p) => ({
      zh: `无法确定「${p.text}」如何拆成 ${p.count} 个单元格（「${p.row}」的数字连在一起或缺了分隔），这些单元格记为空`,
      en: `Cannot tell how “${p.text}” splits into ${p.count} cells (the figures of “${p.row}” ran together or lost their separators); left blank`,
    }),
    [{ row: '规章', text: '1111', count: 3 }],
  ),
  'row.columns-unsure': define<{ row: string; text: string; count: number }>(
    'warning',
    (p) => ({
      zh: `「${p.row}」一行印出的数字「${p.text}」不足 ${p.count} 列，表格没有框线，无法确定各数字属于哪一列，这些单元格记为空`,
      en: `The row “${p.row}” prints “${p.text}”, fewer than its ${p.count} columns, in a table without ruling lines: which column each figure is in cannot be told; left blank`,
    }),
    [{ row: '规章', text: '26 26', count: 7 }],
  ),
  'label.variant': define<{ text: string; label: string }>(
    'info',
    (p) => ({ zh: `「${p.text}」按「${p.label}」读取`, en: `“${p.text}” read as “${p.label}”` }),
    [{ text: '本年度止件数', label: '本年废止件数' }],
  ),
  'value.unreadable': define<{ text: string }>(
    'warning',
    (p) => ({
      zh: `单元格「${p.text}」不是数字，记为空`,
      en: `Cell “${p.text}” is not a number; left blank`,
    }),
    [{ text: '无' }],
  ),
  'value.annotated': define<{ text: string; value: number | string; note: string }>(
    'info',
    (p) => ({
      zh: `单元格「${p.text}」读作 ${p.value}，附注「${p.note}」另存`,
      en: `Cell “${p.text}” read as ${p.value}; the note “${p.note}” is kept`,
    }),
    [{ text: '3（含转办1件）', value: 3, note: '含转办1件' }],
  ),
  'table.other-format': define<SectionNamed & { version: string; year: number }>(
    'warning',
    (p) => ({
      zh: `「${p.section}」使用${p.version}年格式（${p.year}年度报告）`,
      en: `Section “${p.sectionEn}” uses the ${p.version} format (report for ${p.year})`,
    }),
    [{ ...section2, version: '2019', year: 2022 }],
  ),
  'table.format-unknown': define<SectionNamed & { version: string }>(
    'info',
    (p) => ({
      zh: `无法判断「${p.section}」的格式版本，按${p.version}年格式读取`,
      en: `The format of section “${p.sectionEn}” cannot be told; read as ${p.version}`,
    }),
    [{ ...section2, version: '2021' }],
  ),
  'table.empty': define<SectionNamed>(
    'warning',
    (p) => ({ zh: `「${p.section}」没有可读取的行`, en: `Section “${p.sectionEn}” has no readable rows` }),
    [section2],
  ),
  'report.blank': define<None>(
    'warning',
    () => ({
      zh: '报告中没有填写任何数字（所有单元格为空）',
      en: 'Nothing is filled in: every cell is blank',
    }),
    [{}],
  ),
  'year.not-found': define<{ year: number }>(
    'warning',
    (p) => ({
      zh: `未找到报告年度，暂记为 ${p.year} 年`,
      en: `The year reported on was not found; ${p.year} assumed`,
    }),
    [{ year: 2025 }],
  ),
  'year.inferred': define<{ year: number; from: FactSource }>(
    'info',
    (p) => ({
      zh: `标题中没有报告年度，按${FACT_SOURCE[p.from].zh}读取为 ${p.year} 年`,
      en: `The title gives no year; ${p.year} read from the ${FACT_SOURCE[p.from].en}`,
    }),
    [{ year: 2024, from: 'period' }],
  ),
  'agency.not-found': define<None>(
    'warning',
    () => ({ zh: '未找到报告机关名称', en: 'The reporting body was not found' }),
    [{}],
  ),
  'agency.inferred': define<{ agency: string; from: FactSource }>(
    'info',
    (p) => ({
      zh: `标题中没有报告机关，按${FACT_SOURCE[p.from].zh}读取为「${p.agency}」`,
      en: `The title gives no body; “${p.agency}” read from the ${FACT_SOURCE[p.from].en}`,
    }),
    [{ agency: '某某县交通运输局', from: 'signature' }],
  ),
  'narrative.placeholder': define<SectionNamed & { text: string }>(
    'warning',
    (p) => ({
      zh: `「${p.text}」是模板的占位文字，未作为「${p.section}」的正文导入`,
      en: `“${p.text}” is the template's placeholder; it was not taken as the text of “${p.sectionEn}”`,
    }),
    [{ section: '总体情况', sectionEn: 'Overview', text: '（文字描述）' }],
  ),
  'text.unplaced': define<{ line: number; count: number; text: string }>(
    'warning',
    (p) => ({
      zh: `第 ${p.line} 行起的 ${p.count} 行文字未能归入任何部分：「${p.text}」`,
      en: `${p.count} line(s) of text from line ${p.line} could not be placed: “${p.text}”`,
    }),
    [{ line: 40, count: 2, text: '附件：' }],
  ),
  // Lines before section 一 (a preface, the page's lines) are expected in a report: noted, not warned of.
  'text.preamble': define<{ line: number; count: number; text: string }>(
    'info',
    (p) => ({
      zh: `第 ${p.line} 行起的 ${p.count} 行文字在第一部分之前（前言等），未作为报告内容导入：「${p.text}」`,
      en: `${p.count} line(s) of text from line ${p.line}, before section 1 (a preface), were not taken as the report: “${p.text}”`,
    }),
    [{ line: 2, count: 3, text: '根据《中华人民共和国政府信息公开条例》' }],
  ),
  'text.outside': define<{ count: number }>(
    'info',
    (p) => ({
      zh: `网页中报告正文以外的 ${p.count} 行文字（导航、页脚等）未读取`,
      en: `${p.count} line(s) of the page outside the report (navigation, footer) were not read`,
    }),
    [{ count: 12 }],
  ),
  'diagnostics.truncated': define<{ count: number }>(
    'info',
    (p) => ({ zh: `另有 ${p.count} 条提示未列出`, en: `${p.count} more diagnostics not listed` }),
    [{ count: 25 }],
  ),
} as const;

// Files the importer cannot open at all, by kind.
const UNREADABLE_FILE: Record<'binary' | 'xlsx' | 'docx', Label> = {
  binary: {
    zh: '输入是二进制数据，不是文本、网页或 Office 文件',
    en: 'The input is binary data, not text, a page or an Office file',
  },
  xlsx: { zh: '无法读取该 Excel 文件', en: 'The Excel file cannot be read' },
  docx: { zh: '无法读取该 Word 文件', en: 'The Word file cannot be read' },
};

type Catalogue = typeof IMPORT_DIAGNOSTICS;
/** Every code an importer may emit. */
export type ImportDiagnosticCode = keyof Catalogue;
/** The parameters of one code's words. */
export type DiagnosticParams<C extends ImportDiagnosticCode> =
  Catalogue[C] extends DiagnosticDef<infer P> ? P : never;

/** The codes of the catalogue, in the order it lists them. */
export const IMPORT_DIAGNOSTIC_CODES = Object.keys(IMPORT_DIAGNOSTICS) as ImportDiagnosticCode[];

/** The definition of one code, with its parameters' type kept. */
export function diagnosticDef<C extends ImportDiagnosticCode>(code: C): DiagnosticDef<DiagnosticParams<C>> {
  return IMPORT_DIAGNOSTICS[code] as unknown as DiagnosticDef<DiagnosticParams<C>>;
}
