import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEVERITIES } from '@gongkai/schema';
import { describe, expect, test } from 'vitest';
import { IMPORT_DIAGNOSTIC_CODES, IMPORT_DIAGNOSTICS } from '../../src/import/diagnostics/catalogue.js';
import { importCsv, importText } from '../../src/import/index.js';
import { diagnosticsTable } from './diagnostics-table.js';

const importDir = fileURLToPath(new URL('../../src/import/', import.meta.url));
const docs = fileURLToPath(new URL('../../../../docs/IMPORT-DIAGNOSTICS.md', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

// A code is emitted by `add('code', …)` or `diagnosticOf('code', …)`, or as a union of codes passed along.
const EMITTED =
  /(?:\.add|diagnosticOf)\(\s*'([a-z]+\.[a-z-]+)'|'([a-z]+\.[a-z-]+)'\s*\|\s*'([a-z]+\.[a-z-]+)'/g;
const emitted = sources(importDir).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(EMITTED)].flatMap((m) => m.slice(1).filter(Boolean) as string[]),
);

describe('the import diagnostics are one closed catalogue', () => {
  test('every code the importers emit is in the catalogue, and every code of it is emitted', () => {
    expect(emitted.length).toBeGreaterThan(30);
    const known = new Set<string>(IMPORT_DIAGNOSTIC_CODES);
    expect([...new Set(emitted)].filter((c) => !known.has(c))).toEqual([]);
    expect(IMPORT_DIAGNOSTIC_CODES.filter((c) => !emitted.includes(c))).toEqual([]);
  });

  test('each code has one severity and words in both languages for each of its samples', () => {
    for (const code of IMPORT_DIAGNOSTIC_CODES) {
      const def = IMPORT_DIAGNOSTICS[code];
      expect(SEVERITIES).toContain(def.severity);
      expect(def.samples.length).toBeGreaterThan(0);
      for (const sample of def.samples) {
        const words = (def.words as (p: typeof sample) => { zh: string; en: string })(sample);
        expect(words.zh, code).toMatch(/[\u4e00-\u9fff]/);
        expect(words.en, code).toMatch(/[A-Za-z]{2}/);
        expect(`${words.zh}${words.en}`, code).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });

  test('an import gives each code the catalogue severity', () => {
    const { diagnostics } = importText('前言一行\n一、总体情况\n本年度工作情况良好。\n');
    const csv = importCsv('address,label,value\nnotAField,x,1\nappeals.nowhere.total,x,1\n').diagnostics;
    for (const d of [...diagnostics, ...csv]) {
      expect(d.severity, d.code).toBe(IMPORT_DIAGNOSTICS[d.code as keyof typeof IMPORT_DIAGNOSTICS].severity);
    }
    // The lines before section 一 are noted (info); text that went nowhere is warned of.
    expect(diagnostics.find((d) => d.code === 'text.preamble')).toMatchObject({ severity: 'info', line: 1 });
    expect(csv.find((d) => d.code === 'text.unplaced')).toMatchObject({ severity: 'warning', line: 2 });
  });

  test('docs/IMPORT-DIAGNOSTICS.md lists every code with its severity, as the catalogue has them', () => {
    expect(readFileSync(docs, 'utf8')).toContain(diagnosticsTable());
  });
});
