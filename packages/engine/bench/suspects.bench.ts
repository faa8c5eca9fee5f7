import { corpus } from '@gongkai/corpus';
import { type Report, setCell } from '@gongkai/schema';
import { afterAll, bench, describe } from 'vitest';
import { validate } from '../src/index.js';
import { forgetRecentReports } from '../src/validate/caches.js';
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

const ratio = (whole: number, extra: number) =>
  `${(whole / Math.max(1e-9, whole - extra)).toFixed(3)}×`.padStart(8);

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
    // The pass alone, on the findings validate made (it only sets their suspects again).
    const check = checkOf(entry.report, 'zh', validate(entry.report));
    const extra = bestOf(() => attachSuspects(check), 7, 300);
    // Cold: as if the figures were new (an edit), the pass's memory forgotten each time.
    const coldWhole = bestOf(
      () => {
        forgetRecentReports();
        validate(entry.report);
      },
      7,
      100,
    );
    const coldExtra = bestOf(
      () => {
        forgetRecentReports();
        attachSuspects(check);
      },
      7,
      100,
    );
    return { id: entry.id, whole, extra, coldWhole, coldExtra };
  });
  const five = bestOf(() => validate(broken), 7, 50);
  const lines = [
    '',
    `corruption sweep: ${f.corrupted} corrupted reports (${Object.keys(slips).join(', ')}), ${f.detected} caught by a failing sum, ${(sweep / 1000).toFixed(1)} s`,
    `(a) top suspect is the corrupted cell, where it sits in ≥ 2 checked sums: ${pct(f.topRightPinned)} of ${f.pinned} (all detected: ${pct(f.topRightAll)})`,
    `(b) certain proposals that are wrong: ${f.certainWrong} of ${f.certain}`,
    `(c) ambiguous where the cell sits in one checked sum only: ${pct(f.ambiguousLone)} of ${f.lone}`,
    '',
    'consistent report: validate ÷ (validate − suspects pass), µs, warm and cold (goal ≤ 1.1×)',
    `${'report'.padEnd(42)}${'warm'.padStart(8)}${'pass'.padStart(8)}${'ratio'.padStart(8)}${'cold'.padStart(8)}${'pass'.padStart(8)}${'ratio'.padStart(8)}`,
    ...costs.map(
      (c) =>
        `${c.id.padEnd(42)}${c.whole.toFixed(1).padStart(8)}${c.extra.toFixed(2).padStart(8)}${ratio(c.whole, c.extra)}${c.coldWhole.toFixed(1).padStart(8)}${c.coldExtra.toFixed(2).padStart(8)}${ratio(c.coldWhole, c.coldExtra)}`,
    ),
    `five broken sums: ${(five / 1000).toFixed(2)} ms per validate (goal < 5 ms)`,
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}, 120_000);
