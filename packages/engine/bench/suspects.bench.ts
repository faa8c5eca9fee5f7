import { corpus } from '@gongkai/corpus';
import { type Report, setCell } from '@gongkai/schema';
import { afterAll, bench, describe } from 'vitest';
import { validate } from '../src/index.js';
import { checkOf } from '../src/validate/context.js';
import { attachSuspects } from '../src/validate/suspects/attach.js';
import { corrupt, dataCells, figures, type Outcome, slips } from '../test/validate/corruption.js';
import { bestOf } from './best-of.js';

// Issue 17's proof. (1) The corruption sweep: every data cell of every corpus report, every slip,
// one at a time, with the three figures the issue asks for. (2) What the suspects cost: on a
// consistent report (the pass that looks for failing sums, alone, against a whole validate), and on
// a report with five broken sums.

const broken = structuredClone(corpus.find((e) => e.id === '01-huaian-city-gov-2024')?.report as Report);
setCell(broken, 'applications.partiallyGranted.naturalPerson', 474);
setCell(broken, 'applications.granted.commercial', 0);
setCell(broken, 'appeals.review.total', 0);
setCell(broken, 'appeals.litigationDirect.corrected', 3);
setCell(broken, 'appeals.litigationAfterReview.pending', 9);

describe('validate with suspects', () => {
  bench('consistent report (01-huaian)', () => {
    validate(corpus[0]?.report as Report);
  });
  bench('five broken sums (01-huaian, corrupted)', () => {
    validate(broken);
  });
});

afterAll(() => {
  const outcomes: Outcome[] = [];
  const started = performance.now();
  for (const entry of corpus) {
    const previous = entry.previous ? corpus.find((e) => e.id === entry.previous)?.report : undefined;
    for (const cell of dataCells(entry.report))
      for (const slip of Object.keys(slips)) {
        const o = corrupt(entry, previous, cell, slip);
        if (o) outcomes.push(o);
      }
  }
  const sweep = performance.now() - started;
  const f = figures(outcomes);
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const costs = corpus.map((entry) => {
    const whole = bestOf(() => validate(entry.report), 7, 300);
    const findings = validate(entry.report);
    const pass = bestOf(
      () => {
        const check = checkOf(entry.report, 'zh', findings.slice());
        attachSuspects(check);
      },
      7,
      300,
    );
    const read = bestOf(() => checkOf(entry.report, 'zh', findings.slice()), 7, 300);
    return { id: entry.id, whole, extra: Math.max(0, pass - read) };
  });
  const five = bestOf(() => validate(broken), 7, 50);
  const lines = [
    '',
    `corruption sweep: ${f.corrupted} corrupted reports (${Object.keys(slips).join(', ')}), ${f.detected} caught by a failing sum, ${(sweep / 1000).toFixed(1)} s`,
    `(a) top suspect is the corrupted cell, where it sits in ≥ 2 checked sums: ${pct(f.topRightPinned)} of ${f.pinned} (all detected: ${pct(f.topRightAll)})`,
    `(b) certain proposals that are wrong: ${f.certainWrong} of ${f.certain}`,
    `(c) ambiguous where the cell sits in one checked sum only: ${pct(f.ambiguousLone)} of ${f.lone}`,
    '',
    'suspects pass on a consistent report ÷ whole validate (µs; today = validate − pass; goal ≤ 1.1×)',
    ...costs.map(
      (c) =>
        `${c.id.padEnd(42)}${c.whole.toFixed(1).padStart(8)}${c.extra.toFixed(2).padStart(8)}  ${(c.whole / Math.max(1e-9, c.whole - c.extra)).toFixed(3)}×`,
    ),
    `five broken sums: ${(five / 1000).toFixed(2)} ms per validate (goal < 5 ms)`,
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}, 120_000);
