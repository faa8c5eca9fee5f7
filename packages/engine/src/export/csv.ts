import {
  agencyLevelLabels,
  cellLabelOf,
  formatsOf,
  getCell,
  type Locale,
  layoutOf,
  type Report,
} from '@gongkai/schema';
import { guardCsvFormula } from './csv-guard.js';
import { CSV_HEADER, META_FIELDS, printedValue } from './long-form.js';

const quote = (field: string) => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);

function metaValue(report: Report, address: string): string {
  switch (address) {
    case 'formatVersion':
      return report.formatVersion;
    case 'tableFormats.activeDisclosure':
      return formatsOf(report).activeDisclosure;
    case 'tableFormats.applications':
      return formatsOf(report).applications;
    case 'year':
      return String(report.year);
    case 'agency.name':
      return report.agency.name;
    case 'agency.level':
      return report.agency.level ?? '';
    case 'agency.regionCode':
      return report.agency.regionCode ?? '';
    case 'title':
      return report.title ?? '';
    case 'narrative.overview':
      return report.narrative.overview;
    case 'narrative.problems':
      return report.narrative.problems;
    case 'narrative.otherMatters':
      return report.narrative.otherMatters;
    case 'missingSections':
      return (report.missingSections ?? []).join(';');
    default:
      return '';
  }
}

/** The report in long form: `address,label,value`, one line per cell after the report's fields; UTF-8 with BOM. */
export function toCsv(report: Report, options: { locale?: Locale } = {}): string {
  const locale = options.locale ?? 'zh';
  const rows: string[][] = [[...CSV_HEADER]];
  for (const field of META_FIELDS) {
    const value = metaValue(report, field.address);
    const level = report.agency.level;
    // The level reads 乡镇人民政府、街道办事处; its code `township` follows in a field of its own.
    if (field.address === 'agency.level' && level)
      rows.push([field.address, field.label[locale], agencyLevelLabels[level][locale], level]);
    else if (value !== '') rows.push([field.address, field.label[locale], value]);
  }
  for (const cell of layoutOf(formatsOf(report)).cells) {
    const value = printedValue(getCell(report, cell.address), report.annotations?.[cell.address]);
    rows.push([cell.address, cellLabelOf(cell, locale), value]);
  }
  return `\ufeff${rows.map((r) => r.map((f) => quote(guardCsvFormula(f))).join(',')).join('\r\n')}\r\n`;
}
