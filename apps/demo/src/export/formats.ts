/**
 * The export formats: each turns the published report (derived totals filled) into a file. XLSX, Word and
 * the standalone page load their code on demand: exceljs and docx are large and most visits never export.
 */
import { toCsv, toJson, toMarkdown, toText } from '@gongkai/engine';
import type { Locale, Report } from '@gongkai/schema';

export const exportFormats = ['json', 'csv', 'xlsx', 'docx', 'md', 'txt', 'html'] as const;
export type ExportFormat = (typeof exportFormats)[number];

const types: Record<ExportFormat, string> = {
  json: 'application/json',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown',
  txt: 'text/plain',
  html: 'text/html',
};

/** The file for one format; text formats are UTF-8 (CSV with a BOM, so Excel and WPS read Chinese right). */
export async function exportFile(report: Report, format: ExportFormat, locale: Locale): Promise<Blob> {
  const binary = format === 'xlsx' || format === 'docx';
  const type = `${types[format]}${binary ? '' : ';charset=utf-8'}`;
  switch (format) {
    case 'json':
      return new Blob([toJson(report)], { type });
    case 'csv': {
      const csv = toCsv(report);
      return new Blob([csv.startsWith('\ufeff') ? csv : `\ufeff${csv}`], { type });
    }
    case 'md':
      return new Blob([toMarkdown(report)], { type });
    case 'txt':
      return new Blob([toText(report)], { type });
    case 'xlsx': {
      const { toXlsx } = await import('@gongkai/engine/xlsx');
      const bytes = await toXlsx(report);
      return new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
    }
    case 'docx': {
      const { toDocx } = await import('@gongkai/engine/docx-export');
      const bytes = await toDocx(report, { locale });
      return new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
    }
    case 'html': {
      const { standaloneHtml } = await import('./standalone-html.js');
      return new Blob([await standaloneHtml(report, locale)], { type });
    }
  }
}

/** `杏岭子乡人民政府-2024.json`: the body and the year, as clerks name their files. */
export function exportFileName(report: Report, format: ExportFormat): string {
  const name = (report.agency?.name || 'report').replace(/[\\/:*?"<>|\s]+/g, '-');
  return `${name}-${report.year}.${format}`;
}
