/**
 * The fast report check never accepts what the schema rejects, and accepts the ordinary reports (or it
 * would be no faster): checked on every corpus report and many mutations of each.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { formatsOf, isPlainReport, layoutOf, parseReport, setCell } from '../src/index.js';

// The schema sits below the corpus package in the graph, so it reads the corpus folder directly.
const reportsDir = fileURLToPath(new URL('../../../corpus/reports/', import.meta.url));

const texts = readdirSync(reportsDir)
  .sort()
  .map((f) => [f, readFileSync(join(reportsDir, f), 'utf8')] as const);

/** Agrees with the schema: a yes from the fast check is a yes from parseReport, with the same data. */
function agrees(data: unknown): boolean {
  const fast = isPlainReport(structuredClone(data));
  const parsed = parseReport(structuredClone(data));
  if (fast && !parsed.success) return false;
  if (fast && parsed.success) expect(parsed.report).toEqual(data);
  return true;
}

// Mutations reach into the report freely, as a broken file would.
// biome-ignore lint/suspicious/noExplicitAny: test data of any shape
type Mutation = [string, (r: Record<string, any>) => void];

const mutations: Mutation[] = [
  ['extra top-level key', (r) => (r.extra = 1)],
  ['__proto__ key', (r) => Object.defineProperty(r, '__proto__', { value: {}, enumerable: true })],
  ['year as text', (r) => (r.year = '2024')],
  ['year too early', (r) => (r.year = 2007)],
  ['year fractional', (r) => (r.year = 2024.5)],
  ['format 2020', (r) => (r.formatVersion = '2020')],
  ['tableFormats odd key', (r) => (r.tableFormats = { appeals: '2021' })],
  ['tableFormats 2019 for applications', (r) => (r.tableFormats = { applications: '2019' })],
  ['agency name blank', (r) => (r.agency.name = '  ')],
  ['agency name padded', (r) => (r.agency.name = ` ${r.agency.name} `)],
  ['agency level unknown', (r) => (r.agency.level = 'village')],
  ['agency region code short', (r) => (r.agency.regionCode = '1234')],
  ['agency region code', (r) => (r.agency.regionCode = '320000')],
  ['agency extra', (r) => (r.agency.phone = '1')],
  ['narrative missing', (r) => delete r.narrative.problems],
  ['narrative number', (r) => (r.narrative.overview = 1)],
  ['title number', (r) => (r.title = 1)],
  ['annotations number', (r) => (r.annotations = { 'appeals.review.total': 1 })],
  ['annotations array', (r) => (r.annotations = ['x'])],
  ['missing sections unknown', (r) => (r.missingSections = ['preface'])],
  ['missing sections ok', (r) => (r.missingSections = ['problems'])],
  ['table is an array', (r) => (r.appeals = [])],
  ['table is null', (r) => (r.applications = null)],
  ['extra row', (r) => (r.applications.extraRow = { total: 1 })],
  ['empty extra row', (r) => (r.appeals.other = {})],
  ['row deleted', (r) => delete r.appeals.review],
  ['column deleted', (r) => delete r.appeals.review.total],
  ['constructor key', (r) => (r.appeals.constructor = {})],
];

const values: unknown[] = [null, 0, 7, -1, 1.5, '3', true, {}, [], 2 ** 60, -0];

describe('isPlainReport', () => {
  test.each(texts)('takes %s as the schema does', (_file, text) => {
    const report = JSON.parse(text);
    expect(isPlainReport(structuredClone(report))).toBe(parseReport(report).success);
  });

  test('never accepts what the schema rejects: structural mutations', () => {
    for (const [, text] of texts) {
      for (const [name, mutate] of mutations) {
        const report = JSON.parse(text);
        mutate(report);
        expect(agrees(report), name).toBe(true);
      }
    }
  });

  test('never accepts what the schema rejects: every cell, every kind of value', () => {
    let accepted = 0;
    for (const [, text] of texts) {
      const base = JSON.parse(text);
      for (const cell of layoutOf(formatsOf(base)).cells) {
        for (const value of values) {
          const report = JSON.parse(text);
          setCell(report, cell.address, value as number);
          expect(agrees(report), `${cell.address} = ${JSON.stringify(value)}`).toBe(true);
          if (isPlainReport(report)) accepted++;
        }
      }
    }
    // Most of them are plain numbers and blanks, which it must take.
    expect(accepted).toBeGreaterThan(1000);
    // Thousands of reports through zod: longer than the default 5 s on a busy machine.
  }, 60_000);
});
