import {
  createEmptyReport,
  FORMAT_VERSIONS,
  type FormatVersion,
  inferAgencyLevel,
  layoutOf,
  NARRATIVE_IDS,
  type Report,
  type SectionId,
  sections,
  setCell,
  shapeMark,
  TABLE_IDS,
  type TableFormats,
} from '@gongkai/schema';
import type { ImportOptions } from '../../diagnostics.js';
import { CSV_HEADER, META_FIELDS } from '../../export/long-form.js';
import { readLines } from '../assemble/read-lines.js';
import { yearBefore } from '../assemble/year-before.js';
import { DiagnosticCollector } from '../diagnostics/collector.js';
import { readCell } from '../figures/value.js';
import { type Line, lineOf } from '../lines/lines.js';
import type { ImportResult } from '../result.js';
import { csvRecords } from './csv-records.js';

const BOM = /^\ufeff/;

/** Whether a text is our long-form CSV (its first line is `address,label,value`). */
export function isLongFormCsv(text: string): boolean {
  const first = text.replace(BOM, '').split(/\r?\n/, 1)[0] ?? '';
  return first.replace(/\s|"/g, '').toLowerCase() === CSV_HEADER.join(',');
}

// Spreadsheet formula injection: exported text starting with these is prefixed with ' (and unprefixed here).
const unguard = (v: string) => (/^'[=+\-@]/.test(v) ? v.slice(1) : v);

/**
 * Reads a CSV: the long form (address,label,value, one line per cell, as `toCsv` writes it), or a table
 * saved as CSV from a spreadsheet, which is read like text with its fields as cells.
 */
export function importCsv(text: string, options: ImportOptions = {}): ImportResult {
  const collector = new DiagnosticCollector(options.locale ?? 'zh');
  const body = text.replace(BOM, '');
  if (!isLongFormCsv(body)) {
    const lines: Line[] = csvRecords(body).map((r) =>
      lineOf(
        r.line,
        r.fields.map((f) => f.trim()),
        r.fields.filter((f) => f.trim() !== '').join(' '),
      ),
    );
    return { ...readLines(lines, options, collector), kind: 'csv' };
  }
  const records = csvRecords(body).slice(1);
  const values = new Map<string, { value: string; line: number }>();
  for (const r of records) {
    const [address = '', , shown = '', code = ''] = r.fields;
    // A coded value (the level) carries its code after the words: the code is the value.
    const value = address.trim() === 'agency.level' && code.trim() !== '' ? code : shown;
    if (address.trim() !== '') values.set(address.trim(), { value: unguard(value), line: r.line });
  }
  const version = (key: string): FormatVersion | undefined => {
    const v = values.get(key)?.value.trim();
    return (FORMAT_VERSIONS as readonly string[]).includes(v ?? '') ? (v as FormatVersion) : undefined;
  };
  const has = (prefix: string) => [...values.keys()].some((k) => k.startsWith(prefix));
  const formatVersion =
    version('formatVersion') ??
    (has(['activeDisclosure', ...shapeMark('activeDisclosure', '2019')].join('.')) ? '2019' : '2021');
  const tableFormats: Report['tableFormats'] = {};
  const active = version('tableFormats.activeDisclosure');
  const applications = version('tableFormats.applications');
  if (active && active !== formatVersion) tableFormats.activeDisclosure = active;
  if (applications && applications !== formatVersion) tableFormats.applications = applications;
  const year = Number.parseInt(values.get('year')?.value ?? '', 10);
  const fallbackYear = options.year ?? yearBefore(options.today);
  if (!Number.isFinite(year)) collector.add('year.not-found', { year: fallbackYear });
  const name = values.get('agency.name')?.value.trim() || options.agency || '（未识别）';
  const level = values.get('agency.level')?.value.trim() || inferAgencyLevel(name);
  const regionCode = values.get('agency.regionCode')?.value.trim();
  const report = createEmptyReport({
    formatVersion,
    ...(Object.keys(tableFormats).length > 0 ? { tableFormats } : {}),
    year: Number.isFinite(year) ? year : fallbackYear,
    agency: {
      name,
      ...(level ? { level: level as NonNullable<Report['agency']['level']> } : {}),
      ...(regionCode ? { regionCode } : {}),
    },
  });
  const title = values.get('title')?.value;
  if (title) report.title = title;
  report.narrative = Object.fromEntries(
    NARRATIVE_IDS.map((id) => [id, values.get(`narrative.${id}`)?.value ?? '']),
  ) as Report['narrative'];
  const missing = (values.get('missingSections')?.value ?? '')
    .split(/[;,\s]+/)
    .filter((s): s is SectionId => sections.some((d) => d.id === s));
  if (missing.length > 0) report.missingSections = missing;

  const formats: TableFormats = {
    activeDisclosure: tableFormats.activeDisclosure ?? formatVersion,
    applications: tableFormats.applications ?? formatVersion,
    appeals: formatVersion,
  };
  const layout = layoutOf(formats);
  const annotations: Record<string, string> = {};
  for (const [address, { value, line }] of values) {
    const cell = layout.cellByAddress.get(address);
    if (!cell) {
      if (TABLE_IDS.some((id) => address.startsWith(`${id}.`))) {
        collector.add('row.not-found', { row: address }, { line, path: address, source: value });
      } else if (!META_FIELDS.some((f) => f.address === address)) {
        collector.add('text.unplaced', { line, count: 1, text: address }, { line, source: address });
      }
      continue;
    }
    const reading = readCell(value, cell.kind);
    if (reading.status === 'number') {
      setCell(report, address, reading.value);
      if (reading.note) annotations[address] = reading.note;
    } else if (reading.status === 'unreadable') {
      collector.add('value.unreadable', { text: value }, { line, path: address, source: value });
    }
  }
  if (Object.keys(annotations).length > 0) report.annotations = annotations;
  return { report, diagnostics: collector.done(), kind: 'csv' };
}
