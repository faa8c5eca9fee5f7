/**
 * The demo's own words. Chinese first; English is the second locale. The format's labels (rows,
 * columns, sections) and the findings' messages come from the packages, never from here.
 */
import { fieldLabels, type Locale, REPORT_YEARS } from '@gongkai/schema';

/** What the importer read an input as, in words (its code `text`, `docx`… is not for the screen). */
const kindNames: Record<'zh' | 'en', Record<string, string>> = {
  zh: {
    text: '纯文本',
    html: '网页',
    docx: 'Word 文档',
    xlsx: 'Excel 工作簿',
    csv: 'CSV 表格',
    json: 'JSON 数据',
    pdf: 'PDF 文件',
  },
  en: {
    text: 'plain text',
    html: 'web page',
    docx: 'Word document',
    xlsx: 'Excel workbook',
    csv: 'CSV table',
    json: 'JSON data',
    pdf: 'PDF file',
  },
};

const zh = {
  appTitle: '政府信息公开工作年度报告 · 在线核对',
  appTagline: '导入已发布的年报，逐格核对，补全后导出、打印或嵌入门户网站。',
  skipToContent: '跳到主要内容',
  language: '语言',
  switchTo: 'English',
  switchToLang: 'en',
  nav: '功能',
  views: {
    start: '开始',
    edit: '编辑与核对',
    import: '导入',
    preview: '预览与打印',
    compare: '跨年对比',
    export: '导出',
    embed: '嵌入门户',
  },
  drafts: {
    heading: '草稿',
    current: '当前草稿',
    open: '打开',
    remove: (title: string) => `删除草稿“${title}”`,
    newFromSeed: '重新导入示例报告',
    newBlank: '新建空白报告',
    saved: (when: string) => `已保存于 ${when}`,
    untitled: '未命名报告',
    count: (n: number) => `共 ${n} 份草稿，保存在本浏览器中`,
    confirmRemove: (title: string) => `确定删除草稿“${title}”吗？`,
    origin: {
      imported: (name: string) => `导入自 ${name}`,
      pasted: '粘贴导入',
      blank: '新建',
      rolled: (year: number) => `以 ${year} 年报告为底稿`,
    },
  },
  start: {
    heading: '开始填写年度报告',
    newHeading: '新建本年报告',
    newHint: '从空白报告开始：先填机关名称、层级和年度，再逐格填写。',
    newButton: '新建本年报告',
    rollHeading: '以上年报告为底稿',
    rollHint:
      '年度加 1；“上年结转”按列取自上年“结转下年度继续办理”；其余单元格空白（不是 0）；正文沿用上年文字，其中的年份和日期标出待核改。',
    rollFromDraft: '上年报告（本浏览器中的草稿）',
    rollButton: '以此为底稿',
    rollFromFile: '或选择上年报告文件（Word、Excel、文本、网页、JSON）',
    importHeading: '导入已有报告',
    importHint: '已经写好的报告（Word、Excel、文本、网页、JSON）导入后逐格核对。',
    importButton: '导入已有报告',
    exampleIntro: '先看看效果？',
    exampleButton: '打开真实示例：杏岭子乡 2024 年报告',
  },
  review: {
    heading: '沿用上年的正文：待核改的年份和日期',
    hint: (year: number) => `正文取自 ${year} 年报告，以下年份和日期请逐一核改。`,
    chain: (cell: string, start: string) => `${cell}：上年为 ${start}，本年 = 上年 + 本年制发 − 本年废止`,
    blank: '空白',
  },
  importing: '正在导入……',
  loadingExamples: '正在载入示例……',
  noDrafts: '还没有草稿：导入一份年报，或在“草稿”菜单中重新导入示例报告。',
  failed: (detail: string) => `操作失败：${detail}`,
  storageFull: '浏览器存储已满，草稿未能保存。请删除旧草稿或导出 JSON。',
  importFailed: (detail: string) => `导入失败：${detail}`,
  importView: {
    heading: '导入已发布的年报',
    intro: '粘贴门户网站上的年报正文或网页源代码，或拖入 .txt、.html、.docx、.xlsx、.json 文件。',
    pasteLabel: '粘贴年报文本或 HTML',
    pasteButton: '导入粘贴的内容',
    pastedPage: '粘贴的内容带有网页表格，将按表格结构导入。',
    dropLabel: '将文件拖到这里，或',
    chooseFile: '选择文件',
    fileHint: '支持 .txt .html .docx .xlsx .pdf .json .csv',
    examplesLabel: '或载入语料库中的真实年报',
    loadExample: '载入',
    sourceHeading: (name: string) => `原文：${name}`,
    pasted: '粘贴的内容',
    noSource: '此报告不是从文本导入的，没有原文可显示。',
    notLineByLine: (name: string) =>
      `${name}：网页、Word 和 Excel 文件不逐行显示原文；诊断中的行号指从中读出的第几行文字。`,
  },
  severity: { error: '错误', warning: '警告', info: '提示' },
  diagnostics: {
    heading: '导入诊断',
    none: '导入时未发现问题。',
    count: (e: number, w: number, i: number) => `${e} 个错误，${w} 个警告，${i} 个提示`,
    line: (n: number) => `第 ${n} 行`,
    readLine: (n: number) => `读出的第 ${n} 行文字`,
    cell: '定位到单元格',
    kind: (kind: string) => `识别为：${kindNames.zh[kind] ?? kind}`,
  },
  findings: {
    heading: '核对结果',
    crossYearHeading: '跨年核对',
    crossYearNone: '跨年核对未发现问题。',
    needPrevious: '载入上一年度的报告后可进行跨年核对。',
  },
  info: {
    heading: '报告基本信息（机关、层级、年度）',
    name: fieldLabels['agency.name'].zh,
    level: fieldLabels['agency.level'].zh,
    levelUnknown: '（未填写）',
    year: fieldLabels.year.zh,
    yearOutOfRange: `报告年度应为 ${REPORT_YEARS.min} 至 ${REPORT_YEARS.max} 之间的整数；所填年度未采用。`,
    nameNeeded: '请填写机关名称：报告标题、导出的文件名和跨年核对都要用到。',
  },
  edit: {
    heading: (title: string) => `编辑：${title}`,
    filled: (filled: number, total: number) => `已填写 ${filled} / ${total} 个单元格（合计可自动计算）`,
    editorLabel: '报告编辑器',
  },
  preview: {
    heading: '门户网站预览',
    intro: '以下是门户网站显示的样子。打印时只打印报告本身。',
    print: '打印 / 存为 PDF',
    showFindings: '在表格中标出问题',
  },
  compare: {
    heading: '跨年对比',
    intro: '载入同一机关上一年度的报告：核对“上年结转”等跨年关系，并逐格对比两年的数字。',
    previousLabel: '上一年度报告',
    choose: '从语料库选择',
    fromDraft: '或选择一份草稿',
    none: '（未载入）',
    load: '载入为上年报告',
    file: '或导入上年报告文件',
    clear: '移除上年报告',
    loaded: (name: string) => `已载入上年报告：${name}`,
    pairExample: '示例：平潭综合实验区 2022 年（对比 2021 年）',
    sameYear: '所选报告的年度不早于本报告，请选择上一年度的报告。',
  },
  exportView: {
    heading: '导出',
    intro: '下载当前报告。Word 文档按官方模板排版，可直接报送；JSON 可以再次导入；文本为官方格式排版。',
    formats: {
      json: 'JSON（可再次导入）',
      csv: 'CSV（按单元格地址）',
      xlsx: 'Excel 工作簿（.xlsx）',
      docx: 'Word 文档（.docx，官方模板格式）',
      md: 'Markdown',
      txt: '文本（官方格式）',
      html: '独立 HTML 网页',
    },
    download: '下载',
    working: '正在生成……',
    failed: (detail: string) => `导出失败：${detail}`,
  },
  printHelp: {
    heading: '怎样打印，或保存为 PDF 文件',
    steps: [
      '打开「预览与打印」页，点「打印 / 存为 PDF」（也可以按 Ctrl+P，苹果电脑按 ⌘+P）。',
      '要纸质版：在「打印机」里选择您的打印机。要 PDF 文件：在「打印机」（或「目标」）里选「另存为 PDF」或「Microsoft Print to PDF」。',
      '纸张选 A4，方向选「纵向」，页眉和页脚可以不勾选。只会打印报告本身，不会打印页面上的按钮。',
      '表格跨页时，每一页都会重复表头；点「打印」或「保存」，选好保存的位置即可。',
    ],
    word: '需要报送 Word 文件时，在「导出」页点「下载 Word 文档」：表格与官方模板逐格一致，可以在 Word 或 WPS 中继续修改、加盖公章后再另存为 PDF。',
  },
  embed: {
    heading: '嵌入门户网站',
    intro: '把下面的代码粘贴到门户网站的页面中即可显示本报告。报告数据写在代码里，不需要另外的接口。',
    snippetLabel: '嵌入代码',
    copy: '复制代码',
    copied: '已复制',
    selfHost: '组件包尚未发布到公共 CDN：请先下载下面的文件放到本站 /gongkai/ 目录（或改动代码中的地址）。',
    filesHeading: '自行部署的文件',
    filesIntro:
      '两个文件放在同一目录：gk-report.js 显示报告，gk-report-engine.js 在标出问题（show-findings）时载入。README.txt 说明放在哪里、加在哪个模板。',
    download: (name: string) => `下载 ${name}`,
    cmsNote:
      'TRS WCM、海云和基于 UEditor 的内容管理系统会从文章正文中删去 <script> 和不认识的标签：把 <script> 加在栏目或细览模板中；正文连 <gk-report> 也不保留时，用下面的 iframe 引用“导出”页下载的独立 HTML 网页。',
    iframeLabel: '文章正文用的 iframe 代码（引用独立 HTML 网页）',
    previewHeading: '实时预览',
    previewTitle: '嵌入效果预览',
    previewNote: '预览使用本演示站的同一组件；门户网站上由代码中的地址（本站自行部署的文件）载入。',
  },
  readiness: {
    ready: (warnings: number) =>
      warnings ? `核对无错误，还有 ${warnings} 个警告需要确认。` : '核对无错误，无警告。',
    notReady: (errors: number, warnings: number) =>
      `报告还有 ${errors} 个错误、${warnings} 个警告，发布前请更正。`,
    review: '回到编辑与核对',
  },
};

export type Messages = typeof zh;

const en: Messages = {
  appTitle: 'Annual government information disclosure report · online checker',
  appTagline:
    'Import a published report, check it cell by cell, complete it, then export, print or embed it.',
  skipToContent: 'Skip to main content',
  language: 'Language',
  switchTo: '中文',
  switchToLang: 'zh-CN',
  nav: 'Sections',
  views: {
    start: 'Start',
    edit: 'Edit and check',
    import: 'Import',
    preview: 'Preview and print',
    compare: 'Compare years',
    export: 'Export',
    embed: 'Embed',
  },
  drafts: {
    heading: 'Drafts',
    current: 'Current draft',
    open: 'Open',
    remove: (title) => `Delete draft “${title}”`,
    newFromSeed: 'Import the example report again',
    newBlank: 'New blank report',
    saved: (when) => `Saved ${when}`,
    untitled: 'Untitled report',
    count: (n) => `${n} draft${n === 1 ? '' : 's'}, kept in this browser`,
    confirmRemove: (title) => `Delete the draft “${title}”?`,
    origin: {
      imported: (name) => `imported from ${name}`,
      pasted: 'pasted',
      blank: 'new',
      rolled: (year) => `begun from the ${year} report`,
    },
  },
  start: {
    heading: 'Start the annual report',
    newHeading: 'New report for this year',
    newHint: 'Start blank: the body, its level and the year first, then the figures.',
    newButton: 'New report for this year',
    rollHeading: 'Begin from last year’s report',
    rollHint:
      'Year + 1; “carried over” taken column by column from last year’s “carried forward”; every other cell blank (not 0); last year’s text kept, its years and dates marked for review.',
    rollFromDraft: 'Last year’s report (a draft in this browser)',
    rollButton: 'Begin from it',
    rollFromFile: 'or choose last year’s report file (Word, Excel, text, web page, JSON)',
    importHeading: 'Import a report',
    importHint:
      'A report already written (Word, Excel, text, web page, JSON), imported and checked cell by cell.',
    importButton: 'Import a report',
    exampleIntro: 'See it first?',
    exampleButton: 'Open a real example: 杏岭子乡, 2024',
  },
  review: {
    heading: 'Text kept from last year: years and dates to review',
    hint: (year) => `The text is ${year}’s; review each year and date below.`,
    chain: (cell, start) => `${cell}: last year ${start}; this year = last year + issued − repealed`,
    blank: 'blank',
  },
  importing: 'Importing…',
  loadingExamples: 'Loading the examples…',
  noDrafts: 'No drafts yet: import a report, or import the example again from the Drafts menu.',
  failed: (detail) => `Something went wrong: ${detail}`,
  storageFull: 'The browser’s storage is full; the draft was not saved. Delete old drafts or export JSON.',
  importFailed: (detail) => `Import failed: ${detail}`,
  importView: {
    heading: 'Import a published report',
    intro:
      'Paste the report text or the page’s HTML from a portal, or drop a .txt, .html, .docx, .xlsx or .json file.',
    pasteLabel: 'Paste report text or HTML',
    pasteButton: 'Import the pasted text',
    pastedPage: 'The paste carries a web page’s table; it will be imported with its structure.',
    dropLabel: 'Drop a file here, or',
    chooseFile: 'choose a file',
    fileHint: '.txt .html .docx .xlsx .pdf .json .csv',
    examplesLabel: 'Or load a real report from the corpus',
    loadExample: 'Load',
    sourceHeading: (name) => `Source: ${name}`,
    pasted: 'pasted text',
    noSource: 'This report was not imported from text; there is no source to show.',
    notLineByLine: (name) =>
      `${name}: pages, Word and Excel files are not shown line by line; a diagnostic’s line is the n-th line of text read from it.`,
  },
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  diagnostics: {
    heading: 'Import diagnostics',
    none: 'The import found no problems.',
    count: (e, w, i) => `${e} errors, ${w} warnings, ${i} notes`,
    line: (n) => `line ${n}`,
    readLine: (n) => `text line ${n} as read`,
    cell: 'Go to the cell',
    kind: (kind) => `Read as: ${kindNames.en[kind] ?? kind}`,
  },
  findings: {
    heading: 'Checks',
    crossYearHeading: 'Cross-year checks',
    crossYearNone: 'The cross-year checks found no problems.',
    needPrevious: 'Load last year’s report to run the cross-year checks.',
  },
  info: {
    heading: 'About the report (body, level, year)',
    name: fieldLabels['agency.name'].en,
    level: fieldLabels['agency.level'].en,
    levelUnknown: '(not given)',
    year: fieldLabels.year.en,
    yearOutOfRange: `The year must be a whole number from ${REPORT_YEARS.min} to ${REPORT_YEARS.max}; the year typed was not taken.`,
    nameNeeded:
      'Give the body’s name: the title, the exported files’ names and the cross-year checks need it.',
  },
  edit: {
    heading: (title) => `Editing: ${title}`,
    filled: (filled, total) => `${filled} of ${total} cells filled in (totals can be derived)`,
    editorLabel: 'Report editor',
  },
  preview: {
    heading: 'Portal preview',
    intro: 'This is how a portal shows the report. Printing prints the report alone.',
    print: 'Print / save as PDF',
    showFindings: 'Mark problems in the tables',
  },
  compare: {
    heading: 'Compare years',
    intro:
      'Load the same body’s report for the year before: check the carry-over between the years and compare every cell.',
    previousLabel: 'Last year’s report',
    choose: 'Choose from the corpus',
    fromDraft: 'or choose a draft',
    none: '(none loaded)',
    load: 'Load as last year',
    file: 'or import last year’s report from a file',
    clear: 'Remove last year’s report',
    loaded: (name) => `Last year’s report loaded: ${name}`,
    pairExample: 'Example: Pingtan zone 2022 (against 2021)',
    sameYear: 'That report is not from an earlier year; choose last year’s report.',
  },
  exportView: {
    heading: 'Export',
    intro:
      'Download the current report. The Word document follows the official template, ready to hand in; JSON imports again; the text follows the official layout.',
    formats: {
      json: 'JSON (imports again)',
      csv: 'CSV (by cell address)',
      xlsx: 'Excel workbook (.xlsx)',
      docx: 'Word document (.docx, official template)',
      md: 'Markdown',
      txt: 'Text (official layout)',
      html: 'Standalone HTML page',
    },
    download: 'Download',
    working: 'Preparing…',
    failed: (detail) => `Export failed: ${detail}`,
  },
  printHelp: {
    heading: 'How to print the report, or save it as a PDF file',
    steps: [
      'Open “Preview and print” and press “Print / save as PDF” (or press Ctrl+P; ⌘+P on a Mac).',
      'On paper: choose your printer. As a PDF file: choose “Save as PDF” (or “Microsoft Print to PDF”) as the printer or destination.',
      'Choose A4 paper, portrait; headers and footers can be left off. Only the report is printed, not the page’s buttons.',
      'A table that runs over a page repeats its header on every page. Press “Print” or “Save” and choose where to save it.',
    ],
    word: 'To hand in a Word file, press “Download Word document” on the Export screen: its tables match the official template cell for cell, and Word or WPS can edit it, stamp it and save it as PDF.',
  },
  embed: {
    heading: 'Embed in a portal',
    intro:
      'Paste this code into a portal page to show the report. The data is inside the code; no API is needed.',
    snippetLabel: 'Embed code',
    copy: 'Copy the code',
    copied: 'Copied',
    selfHost:
      'The package is not on a public CDN yet: download the files below into the portal’s /gongkai/ folder (or change the address in the code).',
    filesHeading: 'Files to self-host',
    filesIntro:
      'Both files go in one folder: gk-report.js shows the report, gk-report-engine.js loads when findings are shown (show-findings). README.txt says where they go and which template takes the script.',
    download: (name) => `Download ${name}`,
    cmsNote:
      'TRS WCM, 海云 and UEditor-based CMSs strip <script> and unknown tags from article bodies: put the <script> in the column or article template; where the body keeps no <gk-report> either, use the iframe below with the standalone HTML page from the Export screen.',
    iframeLabel: 'iframe code for article bodies (the standalone HTML page)',
    previewHeading: 'Live preview',
    previewTitle: 'Preview of the embedded report',
    previewNote:
      'The preview runs the same element built locally; on a portal it loads from the address in the code.',
  },
  readiness: {
    ready: (warnings) =>
      warnings
        ? `No errors; ${warnings} warning${warnings === 1 ? '' : 's'} to confirm.`
        : 'No errors, no warnings.',
    notReady: (errors, warnings) =>
      `The report still has ${errors} error${errors === 1 ? '' : 's'} and ${warnings} warning${warnings === 1 ? '' : 's'}; correct them before publishing.`,
    review: 'Back to editing and checks',
  },
};

/** The demo's words in one locale. */
export function messagesFor(locale: Locale): Messages {
  return locale === 'en' ? en : zh;
}
