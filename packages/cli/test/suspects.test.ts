/** Issue 17 in the CLI: proposals printed under the findings, and `fill --fix`, end to end. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportsDir } from '@gongkai/corpus/node';
import { afterAll, describe, expect, test } from 'vitest';
import { put, tempDir } from './support/fixtures.js';
import { runCli } from './support/run.js';

const tmp = tempDir();
afterAll(() => tmp.remove());

// A derived copy of a real report: 447 typed as 474 (certain) and 64 as 65 in table 四 (ambiguous).
const original = JSON.parse(readFileSync(join(reportsDir, '01-huaian-city-gov-2024.json'), 'utf8'));
const broken = structuredClone(original);
broken.applications.partiallyGranted.naturalPerson = 474;
broken.appeals.review.corrected = 65;
const file = put(join(tmp.dir, 'huaian-broken.json'), JSON.stringify(broken));

describe('validate prints the proposal under the finding', () => {
  test('once per group of sums, with how sure it is', async () => {
    const r = await runCli(['validate', file]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    const rowSum = lines.findIndex((l) =>
      /applications\.partiallyGranted\.total .*applications\.row-sum$/.test(l),
    );
    expect(lines[rowSum + 1]).toMatch(
      /^ +└ 建议（确定）：可能是「（二）部分公开·自然人」填错：由 474 改为 447 后，.*均相符/,
    );
    // The results sum of the same column shares the proposal: not printed twice.
    expect(r.stdout.match(/由 474 改为 447/g)?.length).toBe(1);
    expect(r.stdout).toMatch(/└ 无法区分：若「行政复议·.*」由 \d+ 改为 \d+ 后/);
  });

  test('in English', async () => {
    const r = await runCli(['validate', file, '--lang', 'en']);
    expect(r.stdout).toMatch(/└ fix \(certain\): “\(2\) Partly disclosed, Individuals” is probably wrong/);
  });
});

describe('fill --fix', () => {
  test('applies the certain fix only, notes it in the annotations, says so on stderr', async () => {
    const r = await runCli(['fill', file, '--fix']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.applications.partiallyGranted.naturalPerson).toBe(447);
    expect(out.appeals.review.corrected).toBe(65);
    expect(out.annotations['applications.partiallyGranted.naturalPerson']).toMatch(
      /^原为 474，已按合计更正为 447：可能是「（二）部分公开·自然人」填错/,
    );
    expect(r.stderr).toMatch(
      /^更正 1 个单元格：applications\.partiallyGranted\.naturalPerson 474 → 447\n填入 0 个合计/,
    );
  });

  test('without --fix nothing is corrected', async () => {
    const r = await runCli(['fill', file]);
    expect(JSON.parse(r.stdout).applications.partiallyGranted.naturalPerson).toBe(474);
    expect(r.stderr).not.toMatch(/更正/);
  });
});
