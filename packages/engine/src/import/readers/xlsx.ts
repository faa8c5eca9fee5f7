import { AGENCY_LEVELS, type AgencyLevel } from '@gongkai/schema';
import type { ImportOptions } from '../../diagnostics.js';
import { loadExcel } from '../../export/exceljs.js';
import { META_FIELDS } from '../../export/long-form.js';
import { readLines } from '../assemble/read-lines.js';
import { DiagnosticCollector } from '../diagnostics/collector.js';
import { type Line, lineOf, MAX_CELLS, MAX_LINES } from '../lines/lines.js';
import type { ImportResult } from '../result.js';
import { toArrayBuffer } from '../sniff/bytes.js';

/**
 * Reads a workbook: every sheet's rows become lines of cells (a merged cell counts once, at its top-left),
 * read like text; the report fields `toXlsx` writes (机关名称, 报告年度, …) are taken as given.
 */
export async function importXlsx(
  input: Uint8Array | ArrayBuffer,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const collector = new DiagnosticCollector(options.locale ?? 'zh');
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(toArrayBuffer(input));
  } catch {
    collector.add('input.unrecognized', { what: 'xlsx' });
    return { ...readLines([], { ...options, quiet: true }, collector), kind: 'xlsx' };
  }
  const lines: Line[] = [];
  const meta = new Map<string, string>();
  let no = 0;
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      no++;
      if (lines.length >= MAX_LINES) return;
      const cells: string[] = [];
      const covered: boolean[] = [];
      const width = Math.min(row.cellCount, MAX_CELLS);
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        // A merged range shows its text once, at its top-left cell.
        const slave = cell.isMerged && cell.master.address !== cell.address;
        covered.push(slave);
        cells.push(slave ? '' : cellText(cell.text));
      }
      const field = META_FIELDS.find((f) => f.label.zh === cells[0] || f.label.en === cells[0]);
      // The level is written 乡镇 with its code `township` in the next column: the code is the value.
      const coded =
        field?.address === 'agency.level' && (AGENCY_LEVELS as readonly string[]).includes(cells[2] ?? '');
      if (field && cells.length >= 2 && cells.slice(coded ? 3 : 2).every((c) => c === '')) {
        meta.set(field.address, (coded ? cells[2] : cells[1]) ?? '');
        return;
      }
      const text = cells.filter((c) => c !== '').join(' ');
      lines.push(lineOf(no, cells, text, covered.some(Boolean) ? covered : undefined));
    });
  });
  const name = meta.get('agency.name');
  const year = Number.parseInt(meta.get('year') ?? '', 10);
  const result = readLines(
    lines,
    { ...options, ...(name ? { agency: name } : {}), ...(Number.isFinite(year) ? { year } : {}) },
    collector,
  );
  const { report } = result;
  if (name) report.agency = { name };
  if (Number.isFinite(year)) report.year = year;
  const level = meta.get('agency.level');
  if (level && (AGENCY_LEVELS as readonly string[]).includes(level))
    report.agency.level = level as AgencyLevel;
  const regionCode = meta.get('agency.regionCode');
  if (regionCode) report.agency.regionCode = regionCode;
  const title = meta.get('title');
  if (title) report.title = title;
  return { ...result, kind: 'xlsx' };
}

function cellText(text: unknown): string {
  return typeof text === 'string' ? text.trim() : text === undefined || text === null ? '' : String(text);
}
