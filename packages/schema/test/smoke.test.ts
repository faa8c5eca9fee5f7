import { expect, test } from 'vitest';
import { createEmptyReport, parseReport, uniformLayout } from '../src/index.js';

test('smoke', () => {
  const r = createEmptyReport({ year: 2024, agency: { name: '杏岭子乡人民政府' } });
  expect(parseReport(r).success).toBe(true);
  const bad = structuredClone(r) as any;
  bad.applications.withheld.stateSecret.naturalPerson = -1;
  bad.applications.granted.total = 1.5;
  bad.applications.granted.commercial = 'abc';
  bad.applications.foo = {};
  const res = parseReport(bad);
  const res2 = parseReport(bad, { locale: 'en' });
  expect({ res, res2 }).toBe(1);
  expect(uniformLayout('2021').cells.length).toBe(0);
});
