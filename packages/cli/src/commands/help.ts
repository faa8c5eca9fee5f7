import type { Locale } from '@gongkai/schema';

type Topic = 'main' | 'import' | 'validate' | 'fill' | 'render' | 'stats';

const zh: Record<Topic, string> = {
  main: `gongkai：政府信息公开工作年度报告的导入、校验、输出与统计

用法：gongkai <命令> [选项]

命令：
  import <文件…> [-o 文件夹]     把 .txt、.html、.docx、.xlsx、.csv 报告转为报告 JSON
  validate <文件或文件夹…>        校验报告（勾稽关系、空白单元格、跨年度等）
  fill <文件> [-o 输出]           填入可推算的合计
  render <文件> --to <格式>       输出为 html、md、txt、csv 或 xlsx
  stats <文件夹或 NDJSON…>        成批校验并统计：各规则不通过的次数、层级、年度、单元格

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
  --workers <n>       工作线程数（默认每个 CPU 核一个；0 表示不用工作线程）
  --no-progress       不显示进度条（进度条只在终端上显示）
  --lang en           英文信息

退出码：0 没有错误；1 有错误；2 用法错误或有无法读取的文件（其余文件照常校验）；130 被中断
`,
  fill: `用法：gongkai fill <文件> [-o 输出]

输出填入合计后的报告 JSON；填入了哪些单元格写到标准错误。
`,
  render: `用法：gongkai render <文件> --to html|md|txt|csv|xlsx [-o 输出]

html：独立网页，不运行脚本也能完整阅读和打印，加载脚本后成为交互式 <gk-report>。
xlsx 须用 -o 指定文件（或重定向）。
`,
  stats: `用法：gongkai stats <文件夹、通配符或 NDJSON 文件…> [-o 输出.html|输出.csv]

成批校验，统计各规则不通过的报告数（按层级、按年度）、问题最多的单元格和优先查看的报告。
-o x.html 写出静态统计页（图表为 SVG，无需脚本）和同名 .csv；-o x.csv 只写 CSV；不加 -o 输出文本。
  --workers <n>       工作线程数（默认每个 CPU 核一个）
  --no-progress       不显示进度条
`,
};

const en: Record<Topic, string> = {
  main: `gongkai: import, validate, render and survey annual government-information-disclosure reports

Usage: gongkai <command> [options]

Commands:
  import <file…> [-o dir]         .txt, .html, .docx, .xlsx, .csv reports to report JSON
  validate <files|folders…>       check reports (sums, blank cells, cross-year, …)
  fill <file> [-o out]            fill in the totals that can be derived
  render <file> --to <format>     write as html, md, txt, csv or xlsx
  stats <folder|ndjson…>          check in bulk and survey: rules failing by level and year, worst cells

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
  --workers <n>       worker threads (default one per core; 0 for none)
  --no-progress       no progress bar (it only shows on a terminal anyway)
  --lang en           messages in English

Exit codes: 0 no errors; 1 errors found; 2 bad usage or an unreadable input (the others are still checked); 130 interrupted
`,
  fill: `Usage: gongkai fill <file> [-o out]

Writes the report JSON with the derivable totals filled in; which cells were filled goes to stderr.
`,
  render: `Usage: gongkai render <file> --to html|md|txt|csv|xlsx [-o out]

html: a standalone page that reads and prints fully without JavaScript and becomes an interactive
<gk-report> when its script runs. xlsx needs -o (or a pipe).
`,
  stats: `Usage: gongkai stats <folders, globs or NDJSON files…> [-o out.html|out.csv]

Checks in bulk and counts the reports failing each rule (by level and by year), the cells with the most
findings and the reports to look at first. -o x.html writes a static dashboard (SVG charts, no script)
and x.csv beside it; -o x.csv writes the CSV alone; without -o, text on stdout.
  --workers <n>       worker threads (default one per core)
  --no-progress       no progress bar
`,
};

/** The help text of a command (or of gongkai itself), in the locale. */
export function usage(topic: Topic, locale: Locale): string {
  return (locale === 'en' ? en : zh)[topic];
}
