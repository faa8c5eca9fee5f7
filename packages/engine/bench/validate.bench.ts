import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpus } from '@gongkai/corpus';
import { reportsDir } from '@gongkai/corpus/node';
import { type Report, setCell } from '@gongkai/schema';
import { bench, describe } from 'vitest';
import { validate } from '../src/index.js';
import { consistentReport, seeded } from '../test/validate/consistent-report.js';

// Checking a report must cost less than reading it: each group races validate against JSON.parse of
// the same report's JSON text; vitest prints the ratio ("× faster than") per group.

const cases: { name: string; text: string }[] = corpus.map((e) => ({
  name: e.id,
  text: readFileSync(join(reportsDir, `${e.id.replace('html/', 'html-')}.json`), 'utf8'),
}));
const generated = consistentReport(seeded(42));
cases.push({ name: 'generated, every cell non-zero', text: JSON.stringify(generated, null, 1) });

for (const { name, text } of cases) {
  const report = JSON.parse(text) as Report;
  describe(name, () => {
    bench('JSON.parse', () => {
      JSON.parse(text);
    });
    bench('validate', () => {
      validate(report);
    });
  });
}

describe('edit one cell, then revalidate (generated report)', () => {
  const report = structuredClone(generated);
  let n = 0;
  bench('JSON.parse', () => {
    JSON.parse(cases[cases.length - 1]?.text as string);
  });
  bench('setCell + validate', () => {
    n = (n + 1) % 7;
    setCell(report, 'applications.granted.naturalPerson', 10 + n);
    validate(report);
  });
});
