import { createReadStream, createWriteStream, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Locale } from '@gongkai/schema';
import type { Tally } from '../batch/tally.js';
import { displayWidth } from '../output/width.js';
import type { Stats } from './aggregate.js';
import { ruleColumns } from './labels.js';
import { localTime } from './local-time.js';
import { likelyRows, ruleRows } from './views.js';
import { FINDING_HEADER, REPORT_HEADER, type WorkbookRows } from './workbook-rows.js';

/** Rows a sheet can hold (Excel's limit, the header row aside); beyond it the sheet says how many were left out. */
const MAX_ROWS = 1_048_575;
/** Columns never wider than this (in characters), so a long message wraps instead of pushing the rest away. */
const MAX_WIDTH = 60;

/**
 * The workbook for a 通报, written as the run goes: finding and report rows are spooled to a temporary
 * folder as batches come in (a province's findings do not fit in memory), then streamed into the sheets
 * 概览, 问题清单, 各机关, 规则统计 and 最可能填错的单元格, each with a frozen header row, filters and widths that fit.
 */
export class WorkbookSpool {
  readonly #dir = mkdtempSync(join(tmpdir(), 'gongkai-xlsx-'));
  readonly #findings: WriteStream = createWriteStream(join(this.#dir, 'findings.ndjson'));
  readonly #reports: WriteStream = createWriteStream(join(this.#dir, 'reports.ndjson'));
  readonly #widths = { findings: [] as number[], reports: [] as number[] };
  #counts = { findings: 0, reports: 0 };

  constructor(readonly locale: Locale) {
    measure(this.#widths.findings, FINDING_HEADER[locale]);
    measure(this.#widths.reports, REPORT_HEADER[locale]);
  }

  add(rows: readonly WorkbookRows[]): void {
    for (const r of rows) {
      for (const f of r.findings) {
        this.#findings.write(`${JSON.stringify(f)}\n`);
        measure(this.#widths.findings, f);
        this.#counts.findings++;
      }
      this.#reports.write(`${JSON.stringify(r.report)}\n`);
      measure(this.#widths.reports, r.report);
      this.#counts.reports++;
    }
  }

  /** Writes the workbook whole (a temporary file, then renamed) and removes the spool. */
  async write(path: string, stats: Stats, tally: Tally, options: { interrupted: boolean; generated: Date }) {
    await Promise.all([end(this.#findings), end(this.#reports)]);
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    try {
      const Excel = await loadExcel();
      const book = new Excel.stream.xlsx.WorkbookWriter({
        filename: temp,
        useStyles: true,
        useSharedStrings: true,
      });
      const zh = this.locale === 'zh';
      const t = (a: string, b: string) => (zh ? a : b);
      const overview = book.addWorksheet(t('概览', 'Overview'), { views: [{ state: 'frozen', ySplit: 1 }] });
      overview.columns = [
        { header: t('项目', 'Item'), key: 'k', width: 28 },
        { header: t('数值', 'Value'), key: 'v', width: 40 },
      ];
      const facts: [string, string | number][] = [
        [t('检查的报告', 'Reports checked'), stats.reports],
        [t('有错误的报告', 'Reports with errors'), stats.withErrors],
        [t('错误', 'Errors'), tally.errors],
        [t('警告', 'Warnings'), tally.warnings],
        [t('无法读取的文件', 'Unreadable files'), tally.broken],
        [t('未检查的文件', 'Files not checked'), tally.notChecked],
        [t('输入合计', 'Inputs in all'), tally.files],
        [t('与上一年度对照的报告', 'Checked against the previous year'), tally.paired],
        [t('没有上一年度报告', 'Without a previous year'), tally.unpaired],
        [t('生成时间', 'Generated'), localTime(options.generated, this.locale)],
      ];
      if (options.interrupted)
        facts.push([
          t('注意', 'Note'),
          t('运行被中断：只统计中断前检查的报告', 'Interrupted: only the reports checked before it stopped'),
        ]);
      boldHeader(overview);
      for (const [k, v] of facts) overview.addRow({ k, v }).commit();
      overview.commit();

      await this.#sheet(
        book,
        t('问题清单', 'Findings'),
        FINDING_HEADER[this.locale],
        this.#widths.findings,
        'findings',
      );
      await this.#sheet(
        book,
        t('各机关', 'Reports'),
        REPORT_HEADER[this.locale],
        this.#widths.reports,
        'reports',
      );

      const rulesHead = ruleColumns(this.locale);
      summarySheet(
        book,
        t('规则统计', 'Rules'),
        rulesHead,
        ruleRows(stats, this.locale).map((r) => [
          r.title,
          zh ? (r.severity === 'error' ? '错误' : '警告') : r.severity,
          r.reports,
          stats.reports ? Math.round((r.reports / stats.reports) * 1000) / 10 : 0,
          r.findings,
          r.unchecked,
        ]),
      );
      const likelyHead = [
        t('单元格', 'Cell'),
        t('地址', 'Address'),
        t('报告数', 'Reports'),
        t('其中确定', 'Of which certain'),
        t('能解释的算式错误', 'Failing sums it explains'),
      ];
      summarySheet(
        book,
        t('最可能填错的单元格', 'Cells most likely wrong'),
        likelyHead,
        likelyRows(stats, MAX_ROWS).map((c) => [c.label, c.path, c.reports, c.certain, c.sums]),
      );
      await book.commit();
      await rename(temp, path);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    } finally {
      rmSync(this.#dir, { recursive: true, force: true });
    }
  }

  async #sheet(
    book: import('exceljs').stream.xlsx.WorkbookWriter,
    name: string,
    head: string[],
    widths: number[],
    spool: 'findings' | 'reports',
  ): Promise<void> {
    const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = head.map((h, i) => ({ header: h, width: fitWidth(widths[i]) }));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: head.length } };
    boldHeader(sheet);
    let n = 0;
    const lines = createInterface({
      input: createReadStream(join(this.#dir, `${spool}.ndjson`), 'utf8'),
      crlfDelay: Infinity,
    });
    for await (const line of lines) {
      if (++n > MAX_ROWS - 1) break;
      sheet.addRow(JSON.parse(line)).commit();
    }
    if (this.#counts[spool] > MAX_ROWS - 1) {
      const left = this.#counts[spool] - (MAX_ROWS - 1);
      sheet
        .addRow([
          this.locale === 'zh'
            ? `另有 ${left} 行超出 Excel 的行数上限，未列出（见 CSV）`
            : `${left} more rows exceed Excel's limit and are not listed (see the CSV)`,
        ])
        .commit();
    }
    sheet.commit();
  }
}

/** A sheet of figures already counted (a ranking), with a frozen header row, a filter and fitted widths. */
function summarySheet(
  book: import('exceljs').stream.xlsx.WorkbookWriter,
  name: string,
  head: string[],
  rows: (string | number)[][],
): void {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths: number[] = [];
  measure(widths, head);
  for (const r of rows) measure(widths, r);
  sheet.columns = head.map((h, i) => ({ header: h, width: fitWidth(widths[i]) }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: head.length } };
  boldHeader(sheet);
  for (const r of rows) sheet.addRow(r).commit();
  sheet.commit();
}

function measure(widths: number[], row: readonly (string | number)[]): void {
  for (let i = 0; i < row.length; i++) {
    const w = displayWidth(String(row[i] ?? ''));
    if (w > (widths[i] ?? 0)) widths[i] = w;
  }
}

/** A column as wide as its widest cell (and its filter button), up to MAX_WIDTH. */
function fitWidth(width: number | undefined): number {
  return Math.min(MAX_WIDTH, Math.max(6, (width ?? 6) + 3));
}

/** The header row in bold: set before any row is committed (a streamed sheet cannot go back). */
function boldHeader(sheet: import('exceljs').Worksheet): void {
  sheet.getRow(1).font = { bold: true };
}

function end(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => resolve());
  });
}

/** exceljs on demand (CommonJS: its API is the default export under ESM): only `stats -o x.xlsx` pays for it. */
async function loadExcel(): Promise<typeof import('exceljs')> {
  const mod = (await import('exceljs')) as typeof import('exceljs') & { default?: typeof import('exceljs') };
  return mod.default ?? mod;
}
