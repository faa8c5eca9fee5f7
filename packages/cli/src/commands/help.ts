import type { Locale } from '@gongkai/schema';

export type Topic = 'main' | 'import' | 'validate' | 'fill' | 'render' | 'stats' | 'archive';

const zh: Record<Topic, string> = {
  main: `gongkai：政府信息公开工作年度报告的导入、校验、输出与统计

用法：gongkai <命令> [选项]

命令：
  import <文件…> [-o 文件夹]     把 .txt、.html、.docx、.xlsx、.pdf、.csv 报告转为报告 JSON
  validate <文件或文件夹…>        校验报告（勾稽关系、空白单元格、跨年度等）
  fill <文件> [-o 输出]           填入可推算的合计
  render <文件> --to <格式>       输出为 html、md、txt、csv、xlsx、docx 或 pdf
  stats <文件夹或 NDJSON…>        成批校验并统计：各规则出现的次数、层级、年度、问题最多的位置
  archive import|list|export|forget  本地档案：只导入新增或改动的报告，validate、stats 可直接读取

通用选项：
  --lang en     英文信息（默认中文）
  -h, --help    显示帮助

退出码：0 没有错误；1 有错误；2 用法错误或有无法读取的文件；130 被中断
`,
  import: `用法：gongkai import <文件…> [-o 文件夹]

按内容识别文件类型（不只看扩展名），输出报告 JSON。
一个文件：JSON 输出到标准输出；多个文件：每行一份报告（NDJSON），或用 -o 每份写入文件夹。
导入时发现的问题（带行号）输出到标准错误。

  --ocr   扫描件（图片 PDF、JPEG、PNG）用文字识别读取（需安装 @gongkai/ocr），写出草稿
          <名称>.ocr.json 和待核对单元格的截图 <名称>.crops/；仍有「请核对」的单元格时退出码为 1
`,
  validate: `用法：gongkai validate <文件、文件夹或通配符…> [选项]

接受报告 JSON、每行一份报告的 .ndjson，以及 import 能读取的任何文件。
  --previous <文件>   上一年度的报告，用于跨年度核对（上年结转、现行有效件数）
  --json              每个输入输出一行 JSON：{"file","ok","findings","diagnostics"}
  --info              同时列出“无法核对”的提示
  --no-pair           不自动配对年度（默认：文件夹、通配符、NDJSON 或多个文件中，每份报告与同一机关上一年度的报告对照）
  --renames <文件>    机构改革更名：{"旧名称": "新名称"} 的 JSON，使更名前后的年度能配对
  --workers <n>       工作线程数（默认每个 CPU 核一个；0 表示不用工作线程）
  --no-progress       不显示进度条（进度条只在终端上显示）
  --lang en           英文信息

不能读取的文件（如尚不能读取的 PDF）和文件夹中不是报告的文件列为“未检查”并计数；一份也没有检查时不算通过。
退出码：0 没有错误；1 有错误；2 用法错误、有无法读取的文件（其余文件照常校验）或没有检查任何报告；130 被中断
`,
  fill: `用法：gongkai fill <文件> [-o 输出] [--fix]

输出填入合计后的报告 JSON；填入了哪些单元格写到标准错误。
  --fix               先按合计更正“确定”的填错（只改唯一能让全部合计相符的一处），每处更正记入批注
  --from-previous     以这份上年报告为底稿生成本年报告（年度加 1，上年结转按列填入，其余空白，正文年份待核改）
`,
  render: `用法：gongkai render <文件> --to html|md|txt|csv|xlsx|docx|pdf [-o 输出]

html：独立网页，不运行脚本也能完整阅读和打印，加载脚本后成为交互式 <gk-report>。
docx：按官方 Word 模板排版的报告（表格与模板逐格一致），可在 Word、WPS 中继续编辑。
pdf：用本机的 Chromium 打印上述网页（A4，表头逐页重复）；Chromium 的路径取 CHROMIUM_PATH，否则 /usr/bin/chromium。
xlsx、docx、pdf 须用 -o 指定文件（或重定向）。
`,
  stats: `用法：gongkai stats <文件夹、通配符、NDJSON 或档案…> [-o 输出.html|输出.csv|结果.xlsx]

成批校验，统计各规则不通过的报告数（按层级、按年度）、问题最多的单元格和优先查看的报告。
-o x.html 写出静态统计页（图表为 SVG，无需脚本）和同名 .csv；-o x.csv 只写 CSV；
-o 结果.xlsx 写出通报用工作簿：概览、问题清单（每个问题一行）、各机关（每份报告一行）、规则统计；不加 -o 输出文本。
  --workers <n>       工作线程数（默认每个 CPU 核一个）
  --no-progress       不显示进度条
  --no-pair, --renames <文件>   年度配对，同 validate

无法读取的文件和未检查的文件（如 PDF）在统计中列出，不中断统计。
退出码：0 没有错误；1 有错误；2 用法错误、有无法读取的文件或没有检查任何报告；130 被中断
`,
  archive: `用法：gongkai archive <操作> [--db 档案.sqlite]

本地档案（SQLite，默认为当前文件夹的 gongkai-archive.sqlite）：每份导入的报告连同来源路径、内容哈希、机关、年度、报告 JSON、校验结果和版本。
  import <文件或文件夹…>   导入新增或有改动的文件（未改动的不再读取），与 validate 一样分给各工作线程
                            （--workers N，--no-progress 不显示进度）；中断后已导入的都保留
  list                      列出档案中的报告：机关、年度、层级、错误和警告数、来源
  export [-o 文件.ndjson]   导出为每行一份报告的 NDJSON；-o 结果.xlsx 导出通报用工作簿（同 stats）
  forget <来源文件或文件夹…>  从档案中删除
validate、stats 可直接读取档案：gongkai stats gongkai-archive.sqlite

退出码：0 成功；2 用法错误或档案损坏；130 被中断
`,
};

const en: Record<Topic, string> = {
  main: `gongkai: import, validate, render and survey annual government-information-disclosure reports

Usage: gongkai <command> [options]

Commands:
  import <file…> [-o dir]         .txt, .html, .docx, .xlsx, .pdf, .csv reports to report JSON
  validate <files|folders…>       check reports (sums, blank cells, cross-year, …)
  fill <file> [-o out]            fill in the totals that can be derived
  render <file> --to <format>     write as html, md, txt, csv, xlsx, docx or pdf
  stats <folder|ndjson…>          check in bulk and survey: rules by level and year, worst places
  archive import|list|export|forget  a local archive: imports only new or changed reports; validate and stats read it

Options for every command:
  --lang en     messages in English (Chinese by default)
  -h, --help    show help

Exit codes: 0 no errors; 1 errors found; 2 bad usage or unreadable input; 130 interrupted
`,
  import: `Usage: gongkai import <file…> [-o dir]

Recognises the kind of file by its content (not only its extension) and writes report JSON.
One file: the JSON on stdout; several: one report per line (NDJSON), or one file each in -o dir.
What the importer noticed (with line numbers) goes to stderr.

  --ocr   read scans (PDF of page images, JPEG, PNG) by OCR (needs @gongkai/ocr) into a draft
          <name>.ocr.json and pictures of the cells to check in <name>.crops/; exits 1 while any remain
`,
  validate: `Usage: gongkai validate <files, folders or globs…> [options]

Reads report JSON, .ndjson files of one report per line, and anything import reads.
  --previous <file>   last year's report, for the cross-year checks
  --json              one JSON line per input: {"file","ok","findings","diagnostics"}
  --info              also list the checks that could not be made (info)
  --no-pair           do not pair years (by default, over folders, globs, NDJSON or several files, each
                      report is checked against the same body's previous year)
  --renames <file>    renamed bodies, {"old name": "new name"} as JSON, so their years pair
  --workers <n>       worker threads (default one per core; 0 for none)
  --no-progress       no progress bar (it only shows on a terminal anyway)
  --lang en           messages in English

Files no reader takes (PDFs, for now) and files in a folder that are no report are listed as not checked and
counted; a run that checked no report is no pass.
Exit codes: 0 no errors; 1 errors found; 2 bad usage, an unreadable input (the others are still checked) or no report checked; 130 interrupted
`,
  fill: `Usage: gongkai fill <file> [-o out] [--fix]

Writes the report JSON with the derivable totals filled in; which cells were filled goes to stderr.
  --fix               first correct the certain mistakes the sums point at (the one change that makes
                      every sum hold), each noted in the report's annotations
  --from-previous     begin this year's report from the given last year's (year + 1, carried-over cells by column, the rest blank, years in the text to review)
`,
  render: `Usage: gongkai render <file> --to html|md|txt|csv|xlsx|docx|pdf [-o out]

html: a standalone page that reads and prints fully without JavaScript and becomes an interactive
<gk-report> when its script runs. docx: the official Word template's layout (tables cell for cell),
editable in Word and WPS. pdf: that page printed by the machine's Chromium (A4, table headers repeated
on every page); Chromium is CHROMIUM_PATH, else /usr/bin/chromium. xlsx, docx and pdf need -o (or a pipe).
`,
  stats: `Usage: gongkai stats <folders, globs, NDJSON files or archives…> [-o out.html|out.csv|out.xlsx]

Checks in bulk and counts the reports failing each rule (by level and by year), the cells with the most
findings and the reports to look at first. -o x.html writes a static dashboard (SVG charts, no script)
and x.csv beside it; -o x.csv writes the CSV alone; -o x.xlsx a workbook for a 通报 (overview, one row
per finding, one row per report, rules); without -o, text on stdout.
  --workers <n>       worker threads (default one per core)
  --no-progress       no progress bar
  --no-pair, --renames <file>   pairing years, as for validate

Unreadable files and files not checked (PDFs, say) are listed in the survey and do not stop it.
Exit codes: 0 no errors; 1 errors found; 2 bad usage, an unreadable file or no report checked; 130 interrupted
`,
  archive: `Usage: gongkai archive <action> [--db archive.sqlite]

A local archive (SQLite; gongkai-archive.sqlite in the working folder by default) of every imported report
with its source path, content hash, body, year, report JSON, findings and version.
  import <files or folders…>   imports what is new or changed (unchanged files are not read again), on
                               worker threads as validate does (--workers N, --no-progress);
                               an interrupted run keeps what it imported
  list                         the reports held: body, year, level, errors and warnings, source
  export [-o file.ndjson]      the reports as NDJSON, one per line; -o out.xlsx the 通报 workbook (as stats)
  forget <sources…>            removes reports (a folder removes what lies under it)
validate and stats read an archive directly: gongkai stats gongkai-archive.sqlite

Exit codes: 0 done; 2 bad usage or a damaged archive; 130 interrupted
`,
};

/** The help text of a command (or of gongkai itself), in the locale. */
export function usage(topic: Topic, locale: Locale): string {
  return (locale === 'en' ? en : zh)[topic];
}
