import { escapeHtml as e, readingStyle, standalonePage } from '@gongkai/components/ssr';
import type { Locale } from '@gongkai/schema';
import type { Tally } from '../batch/tally.js';
import { severityWord } from '../output/words.js';
import type { Stats } from './aggregate.js';
import { cellsChart, levelsHeatmap, likelyChart, rulesChart, yearsChart } from './charts.js';
import { levelLabel, ruleColumns, ruleTitle } from './labels.js';
import { localTime } from './local-time.js';
import { bodyRows, cellRows, type GroupRow, levelRows, likelyRows, ruleRows, yearRows } from './views.js';

/** Bodies listed year by year on the page; the CSV has them all. */
const BODIES_SHOWN = 500;

const pct = (n: number, of: number) => (of ? `${((n / of) * 100).toFixed(1)}%` : '—');

/**
 * The survey as one static page: charts rendered to SVG on the server (no script), each followed by
 * its figures as a table, so the page reads, prints and works with a screen reader without JavaScript.
 */
export function statsDashboard(
  stats: Stats,
  options: { locale: Locale; tally: Tally; interrupted: boolean; csvName?: string; generated: Date },
): string {
  const { locale, tally } = options;
  const en = locale === 'en';
  const t = (zh: string, english: string) => (en ? english : zh);
  const rules = ruleRows(stats, locale);
  const levels = levelRows(stats, locale);
  const years = yearRows(stats);
  const cells = cellRows(stats, 15);
  const likely = likelyRows(stats, 15);
  const figure = (id: string, title: string, chart: string, table: string) =>
    `<section aria-labelledby="${id}"><h2 id="${id}">${e(title)}</h2><figure><div class="chart" role="img" aria-label="${e(title)}">${chart}</div></figure>${table}</section>`;
  const groupTable = (rows: GroupRow[], head: string) =>
    table(
      [head, t('报告数', 'Reports'), t('有错误', 'With errors'), t('比例', 'Share')],
      rows.map((g) => [e(g.label), num(g.reports), num(g.withErrors), pct(g.withErrors, g.reports)]),
    );
  const sections = [
    figure(
      'rules',
      t(
        '各规则：出现该问题的报告数（红色为错误，橙色为警告）',
        'Reports with each problem (red: errors, amber: warnings)',
      ),
      rulesChart(rules, locale),
      table(
        ruleColumns(locale),
        rules.map((r) => [
          `${e(r.title)} <code class="id">${e(r.rule)}</code>`,
          e(severityWord(r.severity, locale)),
          num(r.reports),
          pct(r.reports, stats.reports),
          num(r.findings),
          num(r.unchecked),
        ]),
      ),
    ),
    figure(
      'levels',
      t('按层级：出现各问题的报告比例', 'By level: share of reports with each problem'),
      levelsHeatmap(levels, rules, locale),
      groupTable(levels, t('层级', 'Level')),
    ),
    figure(
      'years',
      t('按年度：报告数与有错误的报告', 'By year: reports and reports with errors'),
      yearsChart(years, locale),
      groupTable(years, t('年度', 'Year')),
    ),
    figure(
      'cells',
      t('问题最多的位置（单元格或算式）', 'Places with the most findings (cells, or equations)'),
      cellsChart(cells, locale),
      table(
        [t('位置', 'Where'), t('错误', 'Errors'), t('警告', 'Warnings')],
        cells.map((c) => [
          `${e(c.label)} <code class="id">${e(c.path)}</code>`,
          num(c.errors),
          num(c.warnings),
        ]),
      ),
    ),
    figure(
      'likely',
      t(
        '最可能填错的单元格（改动该单元格即可使算式成立的报告数）',
        'Cells most likely wrong (reports whose failing sums a change of the cell mends)',
      ),
      likelyChart(likely, locale),
      `${table(
        [
          t('单元格', 'Cell'),
          t('报告数', 'Reports'),
          t('其中确定', 'Of which certain'),
          t('能解释的算式错误', 'Failing sums it explains'),
        ],
        likely.map((c) => [
          `${e(c.label)} <code class="id">${e(c.path)}</code>`,
          num(c.reports),
          num(c.certain),
          num(c.sums),
        ]),
      )}${
        stats.likely.unsure > 0
          ? `<p>${t(
              `另有 ${stats.likely.unsure} 份报告的算式错误无法确定是哪个单元格填错，未计入。`,
              `${stats.likely.unsure} more reports have failing sums that the figures cannot pin on one cell; not counted.`,
            )}</p>`
          : ''
      }`,
    ),
    `<section aria-labelledby="worst"><h2 id="worst">${t('优先查看的报告', 'Reports to look at first')}</h2>${table(
      [
        t('文件', 'File'),
        t('机关', 'Agency'),
        t('年度', 'Year'),
        t('层级', 'Level'),
        t('错误', 'Errors'),
        t('警告', 'Warnings'),
        t('出现的问题', 'Problems'),
      ],
      stats.worst.map((w) => [
        e(w.name),
        e(w.agency),
        String(w.year),
        e(levelLabel(w.level, locale)),
        num(w.errors),
        num(w.warnings),
        w.rules.map((r) => e(ruleTitle(r, locale))).join(t('；', '; ')),
      ]),
    )}</section>`,
  ];
  const bodies = bodyRows(stats);
  if (bodies.rows.length > 0) {
    const shown = bodies.rows.slice(0, BODIES_SHOWN);
    const cell = (c: { errors: number; warnings: number } | undefined) =>
      c ? `${num(c.errors)} / ${num(c.warnings)}` : '—';
    const more =
      bodies.rows.length > shown.length
        ? `<p>${t(`另有 ${bodies.rows.length - shown.length} 个机关未列出，见 CSV。`, `${bodies.rows.length - shown.length} more bodies in the CSV.`)}</p>`
        : '';
    sections.push(
      `<section aria-labelledby="bodies"><h2 id="bodies">${t('各机关历年情况（错误 / 警告）', 'Each body over the years (errors / warnings)')}</h2>${table(
        [t('机关', 'Body'), ...bodies.years.map((y) => e(y))],
        shown.map((b) => [e(b.agency), ...bodies.years.map((y) => cell(b.years[y]))]),
      )}${more}</section>`,
    );
  }
  for (const [id, list, count, zh, english] of [
    ['broken', stats.broken, stats.brokenCount, '无法读取的文件', 'Unreadable files'],
    ['not-checked', stats.notChecked, stats.notCheckedCount, '未检查的文件', 'Files not checked'],
  ] as const) {
    if (count === 0) continue;
    const more =
      count > list.length
        ? `<p>${t(`另有 ${count - list.length} 个未列出。`, `${count - list.length} more not listed.`)}</p>`
        : '';
    sections.push(
      `<section aria-labelledby="${id}"><h2 id="${id}">${t(zh, english)}（${num(count)}）</h2>${table(
        [t('文件', 'File'), t('原因', 'Reason')],
        list.map((b) => [e(b.name), e(b.reason)]),
      )}${more}</section>`,
    );
  }
  const title = t('政府信息公开工作年度报告：核查统计', 'Annual disclosure reports: survey of the checks');
  const interrupted = options.interrupted
    ? `<p class="note" role="status">${t('运行被中断：以下只统计中断前检查的报告。', 'The run was interrupted: these figures cover only the reports checked before it stopped.')}</p>`
    : '';
  const csv = options.csvName
    ? ` <a href="${e(options.csvName)}">${t('下载 CSV', 'Download the CSV')}</a>`
    : '';
  return standalonePage({
    locale,
    title,
    generator: 'gongkai stats',
    style: `${readingStyle}
main{max-width:62rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.5rem;border-bottom:1px solid #ccc}
.summary{display:flex;flex-wrap:wrap;gap:1rem;padding:0;list-style:none}
.summary li{border:1px solid #ccc;padding:.5rem 1rem;min-width:10rem}.summary strong{display:block;font-size:1.5rem;font-variant-numeric:tabular-nums}
.chart svg{max-width:100%;height:auto}figure{margin:0}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}thead th{background:#f2f2f2}
code.id{color:#555;font-size:.85em}.note{border-left:4px solid #a15c00;padding:.5rem 1rem;background:#fff8ec}
@media print{main{max-width:none}section{break-inside:avoid}thead{display:table-header-group}tr{break-inside:avoid}}`,
    body: `<main>
<h1>${e(title)}</h1>
${interrupted}
<ul class="summary">
<li><strong>${num(stats.reports)}</strong>${t('份报告已检查', 'reports checked')}</li>
<li><strong>${num(stats.withErrors)}</strong>${t('份有错误', 'with errors')}（${pct(stats.withErrors, stats.reports)}）</li>
<li><strong>${num(tally.errors)}</strong>${t('个错误', 'errors')}</li>
<li><strong>${num(tally.warnings)}</strong>${t('个警告', 'warnings')}</li>
<li><strong>${num(tally.broken)}</strong>${t('个文件无法读取', 'unreadable files')}</li>
<li><strong>${num(tally.notChecked)}</strong>${t('个文件未检查', 'files not checked')}</li>
</ul>
<p>${t('生成时间', 'Generated')} ${e(localTime(options.generated, locale))}${t('。', '.')}${csv}</p>
${sections.join('\n')}
</main>`,
  });
}

function num(n: number): string {
  return `<span class="n">${n.toLocaleString('en-US')}</span>`;
}

function table(head: string[], rows: string[][]): string {
  const isNum = (cell: string) => cell.startsWith('<span class="n">') || /^[\d.]+%$|^—$/.test(cell);
  const body = rows
    .map((r) => `<tr>${r.map((c) => `<td${isNum(c) ? ' class="n"' : ''}>${c}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}
