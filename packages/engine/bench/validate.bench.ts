import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpus } from '@gongkai/corpus';
import { reportsDir } from '@gongkai/corpus/node';
import { type Report, setCell } from '@gongkai/schema';
import { afterAll, bench, describe } from 'vitest';
import { validate } from '../src/index.js';
import { forgetRecentReports } from '../src/validate/caches.js';
import { consistentReport, seeded } from '../test/validate/consistent-report.js';
import { bestOf } from './best-of.js';

// Checking a report must cost less than reading it: each group races validate against JSON.parse of
// the same report's JSON text; vitest prints the ratio ("× faster than") per group. `validate` is
// timed warm (checked again, as an editor does on every keystroke) and cold (as if never seen: the
// narrative figures and blank-cell findings it remembers are forgotten first; per-format plans stay).

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
    bench('validate (cold)', () => {
      forgetRecentReports();
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

// tinybench's figures above swing when other work shares the machine; this table keeps the best of short
// rounds per case (`bestOf`), which is steadier, and prints the ratios.
afterAll(() => {
  const best = (run: () => void) => bestOf(run);
  const rows = cases.map(({ name, text }) => {
    const report = JSON.parse(text) as Report;
    const parse = best(() => JSON.parse(text));
    const warm = best(() => validate(report));
    const cold = best(() => {
      forgetRecentReports();
      validate(report);
    });
    return { name, parse, warm, cold };
  });
  const edited = structuredClone(generated);
  let n = 0;
  const edit = best(() => {
    n = (n + 1) % 7;
    setCell(edited, 'applications.granted.naturalPerson', 10 + n);
    validate(edited);
  });
  const fmt = (x: number) => x.toFixed(1).padStart(7);
  const lines = [
    '',
    'validate ÷ JSON.parse of the same report (µs per report, best of 9 rounds; ratio ≤ 1 meets the goal)',
    `${'report'.padEnd(42)}${'parse'.padStart(7)}${'warm'.padStart(7)}${'cold'.padStart(7)}  warm÷parse  cold÷parse`,
    ...rows.map(
      (r) =>
        `${r.name.padEnd(42)}${fmt(r.parse)}${fmt(r.warm)}${fmt(r.cold)}  ${(r.warm / r.parse).toFixed(2).padStart(10)}  ${(r.cold / r.parse).toFixed(2).padStart(10)}`,
    ),
    `edit one cell, then revalidate (generated report): ${edit.toFixed(1)} µs`,
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
});
