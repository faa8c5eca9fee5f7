import {
  agencyLevelLabels,
  type Locale,
  type Report,
  sectionById,
  type TableId,
  workbookSheets,
} from '@gongkai/schema';
import type { Worksheet } from 'exceljs';
import { loadExcel } from './exceljs.js';
import { tableGrid } from './grid.js';
import { META_FIELDS } from './long-form.js';
import { partsOf, titleOf } from './sections.js';

/** Label, value and, for a coded value, its code in a column of its own (the level reads 乡镇, code `township`). */
function metaRows(report: Report, locale: Locale): [string, string, string?][] {
  const out: [string, string, string?][] = [];
  const add = (address: string, value: string | undefined, code?: string) => {
    const field = META_FIELDS.find((f) => f.address === address);
    if (field && value) out.push(code ? [field.label[locale], value, code] : [field.label[locale], value]);
  };
  add('agency.name', report.agency.name);
  add('year', String(report.year));
  const level = report.agency.level;
  if (level) add('agency.level', agencyLevelLabels[level][locale], level);
  add('agency.regionCode', report.agency.regionCode);
  add('title', report.title);
  return out;
}

function writeTable(
  sheet: Worksheet,
  report: Report,
  table: TableId,
  locale: Locale,
  startRow: number,
): void {
  const grid = tableGrid(report, table, locale);
  grid.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (!cell) return;
      const target = sheet.getCell(startRow + r, c + 1);
      const numeric = !cell.label && /^-?\d+(?:\.\d+)?$/.test(cell.text);
      target.value = numeric ? Number(cell.text) : cell.text;
      target.border = {
        top: { style: 'thin' },
        left: { style: 'thin' },
        bottom: { style: 'thin' },
        right: { style: 'thin' },
      };
      target.alignment = cell.label
        ? { vertical: 'middle', horizontal: 'center', wrapText: true }
        : { horizontal: 'right' };
      if (cell.colspan > 1 || cell.rowspan > 1) {
        sheet.mergeCells(startRow + r, c + 1, startRow + r + cell.rowspan - 1, c + cell.colspan);
      }
    });
  });
}

/** The report as an .xlsx workbook: the three tables laid out like the official form, merged headers included. */
export async function toXlsx(report: Report, options: { locale?: Locale } = {}): Promise<Uint8Array> {
  const locale = options.locale ?? 'zh';
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'gongkai';
  const parts = partsOf(report, locale);
  for (const spec of workbookSheets) {
    const sheet = workbook.addWorksheet(spec.name);
    sheet.getColumn(1).width = 40;
    let row = 1;
    if (spec.sections.includes('overview')) {
      sheet.getCell(row++, 1).value = titleOf(report, locale);
      for (const [label, value, code] of metaRows(report, locale)) {
        sheet.getCell(row, 1).value = label;
        sheet.getCell(row, 2).value = value;
        if (code) sheet.getCell(row, 3).value = code;
        row++;
      }
    }
    for (const part of parts) {
      const section = part.kind === 'table' ? part.table : part.section;
      if (!spec.sections.includes(section)) continue;
      if (part.kind === 'heading') {
        const cell = sheet.getCell(row++, 1);
        cell.value = part.text;
        cell.font = { bold: true };
      } else if (part.kind === 'narrative') {
        for (const line of part.lines) {
          const cell = sheet.getCell(row++, 1);
          cell.value = line;
          cell.alignment = { wrapText: true };
        }
      } else {
        writeTable(sheet, report, part.table, locale, row);
        row += tableGrid(report, part.table, locale).length;
        if (sectionById(part.table).kind === 'table') row++;
      }
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
