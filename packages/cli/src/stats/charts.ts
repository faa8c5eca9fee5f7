import type { Locale } from '@gongkai/schema';
import * as echarts from 'echarts';
import type { CellRow, GroupRow, LikelyRow, RuleRow } from './views.js';

// Colours that keep their contrast on white and in greyscale print; errors and warnings told apart by more than hue.
const ERROR = '#b3261e';
const WARNING = '#a15c00';
const BAR = '#1f5fa8';
const FONT = 'system-ui, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif';

/** Renders one chart to an SVG string on the server: no DOM, no script in the page. */
function svg(option: echarts.EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({ animation: false, aria: { enabled: true }, textStyle: { fontFamily: FONT }, ...option });
  const out = chart.renderToSVGString();
  chart.dispose();
  return out;
}

/**
 * Category labels are wrapped, never cut: a rule title or a place cut to its first characters names
 * nothing. Each wrapped line takes this many pixels of the row.
 */
const LABEL = { width: 300, lineHeight: 16 } as const;
const wrapped = { width: LABEL.width, overflow: 'break', lineHeight: LABEL.lineHeight } as const;

/** Pixels for a row of a horizontal bar chart whose labels may wrap onto two or three lines. */
function rowHeight(labels: string[]): number {
  // About 20 CJK characters fit the label width at the default 12 px font.
  const lines = Math.max(1, ...labels.map((l) => Math.ceil(l.length / 20)));
  return Math.max(26, lines * LABEL.lineHeight + 10);
}

/** Reports with each rule's problem, one bar per rule, errors in red and warnings in amber. */
export function rulesChart(rows: RuleRow[], locale: Locale): string {
  const shown = rows
    .filter((r) => r.reports > 0)
    .slice(0, 20)
    .reverse();
  return svg(
    {
      grid: { left: LABEL.width + 20, right: 40, top: 20, bottom: 30 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        data: shown.map((r) => r.title),
        axisLabel: wrapped,
      },
      series: [
        {
          type: 'bar',
          name: locale === 'en' ? 'Reports with it' : '出现该问题的报告数',
          data: shown.map((r) => ({
            value: r.reports,
            itemStyle: { color: r.severity === 'error' ? ERROR : WARNING },
          })),
          label: { show: true, position: 'right' },
        },
      ],
    },
    900,
    Math.max(160, 50 + shown.length * rowHeight(shown.map((r) => r.title))),
  );
}

/** Reports per year, and how many of them have errors. */
export function yearsChart(rows: GroupRow[], locale: Locale): string {
  return svg(
    {
      legend: { top: 0 },
      grid: { left: 60, right: 30, top: 36, bottom: 30 },
      xAxis: { type: 'category', data: rows.map((r) => r.label) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: locale === 'en' ? 'Reports' : '报告数',
          data: rows.map((r) => r.reports),
          itemStyle: { color: BAR },
        },
        {
          type: 'bar',
          name: locale === 'en' ? 'With errors' : '有错误的报告',
          data: rows.map((r) => r.withErrors),
          itemStyle: { color: ERROR, decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 3] } },
        },
      ],
    },
    860,
    300,
  );
}

/** Share of reports failing each rule, per agency level: where to send training first. */
export function levelsHeatmap(levels: GroupRow[], rules: RuleRow[], locale: Locale): string {
  const shown = rules.filter((r) => r.reports > 0).slice(0, 12);
  const data: [number, number, number][] = [];
  levels.forEach((level, x) => {
    shown.forEach((rule, y) => {
      const share = level.reports ? (level.rules[rule.rule] ?? 0) / level.reports : 0;
      data.push([x, y, Math.round(share * 1000) / 10]);
    });
  });
  return svg(
    {
      grid: { left: LABEL.width + 20, right: 30, top: 10, bottom: 60 },
      xAxis: {
        type: 'category',
        data: levels.map((l) => l.label),
        axisLabel: { interval: 0, width: 90, overflow: 'break', lineHeight: LABEL.lineHeight },
      },
      yAxis: {
        type: 'category',
        data: shown.map((r) => r.title),
        axisLabel: wrapped,
      },
      visualMap: {
        min: 0,
        max: 100,
        show: false,
        // Light enough at the top of the scale for the black percentages to stay readable.
        inRange: { color: ['#f4f7fb', '#c6dbf2', '#8fb6e3', '#5b8fd0'] },
      },
      series: [
        {
          type: 'heatmap',
          name: locale === 'en' ? '% of reports with it' : '出现比例（%）',
          data,
          label: { show: true, formatter: (p: { value: number[] }) => `${p.value[2]}%` },
        },
      ],
    },
    900,
    Math.max(200, 80 + shown.length * Math.max(30, rowHeight(shown.map((r) => r.title)))),
  );
}

/** The places (cells, equations) with the most findings, by their Chinese names, errors and warnings stacked. */
export function cellsChart(rows: CellRow[], locale: Locale): string {
  const shown = [...rows].reverse();
  return svg(
    {
      legend: { top: 0 },
      grid: { left: LABEL.width + 20, right: 40, top: 36, bottom: 30 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        data: shown.map((r) => r.label),
        axisLabel: wrapped,
      },
      series: [
        {
          type: 'bar',
          stack: 'cell',
          name: locale === 'en' ? 'Errors' : '错误',
          data: shown.map((r) => r.errors),
          itemStyle: { color: ERROR },
        },
        {
          type: 'bar',
          stack: 'cell',
          name: locale === 'en' ? 'Warnings' : '警告',
          data: shown.map((r) => r.warnings),
          itemStyle: { color: WARNING },
        },
      ],
    },
    900,
    Math.max(160, 70 + shown.length * rowHeight(shown.map((r) => r.label))),
  );
}

/** The cells most likely wrong, by their Chinese names: reports with a certain proposal, then likely ones, stacked. */
export function likelyChart(rows: LikelyRow[], locale: Locale): string {
  const shown = [...rows].reverse();
  const en = locale === 'en';
  return svg(
    {
      legend: { top: 0 },
      grid: { left: LABEL.width + 20, right: 40, top: 36, bottom: 30 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: shown.map((r) => r.label), axisLabel: wrapped },
      series: [
        {
          type: 'bar',
          stack: 'likely',
          name: en ? 'Certain' : '确定',
          data: shown.map((r) => r.certain),
          itemStyle: { color: ERROR },
        },
        {
          type: 'bar',
          stack: 'likely',
          name: en ? 'Likely' : '可能',
          data: shown.map((r) => r.reports - r.certain),
          itemStyle: { color: BAR },
        },
      ],
    },
    900,
    Math.max(160, 70 + shown.length * rowHeight(shown.map((r) => r.label))),
  );
}
