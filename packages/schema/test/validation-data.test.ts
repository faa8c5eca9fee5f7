import { describe, expect, test } from 'vitest';
import {
  crossYearEquationsOf,
  formatForYear,
  mayReportRegulations,
  narrativeFigures,
  tableDef,
  uniformLayout,
} from '../src/index.js';

// The data the validation rules read: small, but each fact is one a rule depends on.

describe('which format a year uses', () => {
  test.each([
    [2019, '2019'],
    [2020, '2019'],
    [2021, '2021'],
    [2025, '2021'],
  ] as const)('%i → %s', (year, version) => {
    expect(formatForYear(year)).toBe(version);
  });
});

describe('who may make 规章', () => {
  test('only bodies below the 设区的市 may not report 规章', () => {
    expect(
      Object.entries(mayReportRegulations)
        .filter(([, may]) => !may)
        .map(([level]) => level),
    ).toEqual(['county', 'county-department', 'township']);
  });
});

describe('narrative figures and cross-year relations name real cells', () => {
  const addresses = new Set(
    [...uniformLayout('2021').cells, ...uniformLayout('2019').cells].map((c) => c.address),
  );

  test('every scope of every figure is made of cells of some format', () => {
    for (const figure of narrativeFigures) {
      expect(figure.keywords.length, figure.id).toBeGreaterThan(0);
      for (const scope of figure.scopes)
        for (const address of scope) expect(addresses.has(address), address).toBe(true);
      for (const pattern of figure.patterns) {
        expect(new RegExp(pattern).source).toContain('(?<n>');
        // Readers scan for the keywords and try each pattern where one stands, so it must begin there.
        const lead = pattern.replace(/^\(\?<![^)]*\)/, '');
        const alternatives = lead.startsWith('(?:') ? lead.slice(3, lead.indexOf(')')).split('|') : [lead];
        expect(
          alternatives.every((a) => figure.keywords.some((k) => a.startsWith(k))),
          pattern,
        ).toBe(true);
      }
    }
  });

  test('carry-over runs along every column of 三 and in-force along the 2021 document rows of 二', () => {
    expect(crossYearEquationsOf(tableDef('applications', '2021')).map((e) => e.cell)).toHaveLength(7);
    expect(crossYearEquationsOf(tableDef('activeDisclosure', '2021')).map((e) => e.cell)).toEqual([
      'activeDisclosure.regulations.inForce',
      'activeDisclosure.normativeDocuments.inForce',
    ]);
    expect(crossYearEquationsOf(tableDef('activeDisclosure', '2019'))).toEqual([]);
  });
});
