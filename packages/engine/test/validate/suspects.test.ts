import { corpus } from '@gongkai/corpus';
import { formatsOf, getCell, layoutOf, type Report, setCell } from '@gongkai/schema';
import { describe, expect, it } from 'vitest';
import {
  applyCertainFixes,
  applySuspect,
  type Finding,
  likelyCells,
  type Suspect,
  validate,
} from '../../src/index.js';

// Every case is a derived copy of a real corpus report, broken the way published reports break.
const entry = (id: string) => corpus.find((e) => e.id === id)?.report as Report;
const copy = (id: string) => structuredClone(entry(id));
const set = (r: Report, cells: Record<string, number>) => {
  for (const [a, v] of Object.entries(cells)) setCell(r, a, v);
};
const on = (findings: Finding[], path: string) => findings.find((f) => f.path === path && f.suspects);
const top = (f: Finding | undefined) => f?.suspects?.[0];

describe('suspects of failing sums', () => {
  it('a consistent report carries no suspects but on its "could not check" notes', () => {
    for (const e of corpus) {
      for (const f of validate(e.report).filter((x) => x.suspects)) {
        expect(f.severity).toBe('info');
        expect(f.suspects?.map((s) => [s.confidence, s.was.every((w) => w === null)])).toEqual([
          ['certain', true],
        ]);
      }
    }
  });

  it('blank is not 0: the value the sums leave a blank cell is the proposal of its note', () => {
    // The Shanghai 2019 report leaves 结果纠正 and 其他结果 blank where the other parts already make
    // the total: counts are never negative, so the sums leave 0 for each.
    const report = entry('14-shanghai-gov-office-2019-oldformat');
    const findings = validate(report);
    const note = findings.find((f) => f.rule === 'appeals.group-sum' && f.severity === 'info');
    expect(top(note)).toMatchObject({
      cells: [
        'appeals.review.corrected',
        'appeals.review.other',
        'appeals.litigationDirect.corrected',
        'appeals.litigationDirect.other',
      ],
      values: [0, 0, 0, 0],
      was: [null, null, null, null],
      confidence: 'certain',
    });
    expect(top(note)?.why).toBe(
      '空白不等于 0；按各项合计，「行政复议·结果纠正」应为 0、「行政复议·其他结果」应为 0、「行政诉讼 未经复议直接起诉·结果纠正」应为 0 等 4 处，填入后即可核对。',
    );
    // fill --fix corrects disputed figures only; blanks stay for computeTotals and the person.
    expect(applyCertainFixes(report, findings).applied).toEqual([]);
  });

  it('table 四 with both 总计 printed 0 while their parts are 10 + 1 and 5', () => {
    const r = copy('01-huaian-city-gov-2024');
    set(r, {
      'appeals.review.upheld': 10,
      'appeals.review.corrected': 1,
      'appeals.review.other': 0,
      'appeals.review.pending': 0,
      'appeals.review.total': 0,
      'appeals.litigationDirect.upheld': 5,
      'appeals.litigationDirect.corrected': 0,
      'appeals.litigationDirect.other': 0,
      'appeals.litigationDirect.pending': 0,
      'appeals.litigationDirect.total': 0,
    });
    const findings = validate(r);
    // No part can give up 11, so only the total can be wrong.
    expect(top(on(findings, 'appeals.review.total'))).toMatchObject({
      cells: ['appeals.review.total'],
      values: [11],
      was: [0],
      confidence: 'certain',
    });
    // 5 → 0 in 结果维持 would also mend it, but a total left 0 is the likelier slip.
    const lawsuit = on(findings, 'appeals.litigationDirect.total')?.suspects;
    expect(lawsuit?.map((s) => [s.cells, s.values, s.confidence])).toEqual([
      [['appeals.litigationDirect.total'], [5], 'likely'],
      [['appeals.litigationDirect.upheld'], [0], 'likely'],
    ]);
    expect(lawsuit?.[0]?.why).toContain('合计填成了 0');
  });

  it('a 总计 column printed 0 in every row of section 三', () => {
    const truth = entry('01-huaian-city-gov-2024');
    const r = copy('01-huaian-city-gov-2024');
    const totals = layoutOf(formatsOf(r)).cells.filter(
      (c) => c.table === 'applications' && c.column === 'total',
    );
    for (const c of totals) setCell(r, c.address, 0);
    const findings = validate(r);
    const broken = findings.filter((f) => f.rule === 'applications.row-sum');
    expect(broken.length).toBeGreaterThan(2);
    const s = top(broken[0]);
    const nonZero = totals.filter((c) => getCell(truth, c.address) !== 0).map((c) => c.address);
    expect(s?.confidence).toBe('likely');
    expect(s?.cells).toEqual(nonZero);
    expect(s?.values).toEqual(nonZero.map((a) => getCell(truth, a)));
    expect(s?.why).toMatch(/^\d+ 个合计填成了 0/);
    // Every failing row sum shares the one proposal.
    for (const f of broken) expect(top(f)?.cells).toEqual(nonZero);
  });

  it('a stray 1 in 商业企业 in both （二） and （七）', () => {
    const truth = entry('01-huaian-city-gov-2024');
    const r = copy('01-huaian-city-gov-2024');
    const cells = ['applications.partiallyGranted.commercial', 'applications.resultsTotal.commercial'];
    for (const a of cells) setCell(r, a, (getCell(r, a) as number) + 1);
    const findings = validate(r);
    // Row sums of both rows and the commercial balance fail; the column's results sum still holds.
    expect(findings.filter((f) => f.suspects).map((f) => f.rule)).toEqual([
      'applications.row-sum',
      'applications.row-sum',
      'applications.balance',
    ]);
    const s = top(findings.find((f) => f.suspects));
    expect(s).toMatchObject({ cells, values: cells.map((a) => getCell(truth, a)), confidence: 'likely' });
  });

  it('（七）总计 and 结转下年度 all 0 while three applications were answered', () => {
    const r = copy('xinglingzi-township-2024');
    const rows = layoutOf(formatsOf(r)).cells.filter((c) => c.table === 'applications');
    for (const c of rows) setCell(r, c.address, 0);
    set(r, {
      'applications.newReceived.naturalPerson': 3,
      'applications.newReceived.total': 3,
      'applications.granted.naturalPerson': 2,
      'applications.granted.total': 2,
      'applications.partiallyGranted.naturalPerson': 1,
      'applications.partiallyGranted.total': 1,
    });
    const findings = validate(r);
    const s = top(findings.find((f) => f.suspects));
    expect(s).toMatchObject({
      cells: ['applications.resultsTotal.naturalPerson', 'applications.resultsTotal.total'],
      values: [3, 3],
      confidence: 'likely',
    });
  });

  it('words the proposal in Chinese and in English', () => {
    const r = copy('01-huaian-city-gov-2024');
    setCell(r, 'applications.partiallyGranted.naturalPerson', 474);
    const zh = top(on(validate(r), 'applications.partiallyGranted.total'));
    expect(zh).toMatchObject({ values: [447], was: [474], confidence: 'certain' });
    expect(zh?.why).toBe(
      '可能是「（二）部分公开·自然人」填错：由 474 改为 447 后，「（二）部分公开」行的「各行总计」、「自然人」列的「办理结果总计」均相符；只有这一处、这一个数能让它们都相符（像是 447 的两位数字颠倒成了 474）。',
    );
    const en = top(on(validate(r, { locale: 'en' }), 'applications.partiallyGranted.total'));
    expect(en?.why).toBe(
      '“(2) Partly disclosed, Individuals” is probably wrong: changing it from 474 to 447 makes “Row totals” in row “(2) Partly disclosed” and “Results total” in column “Individuals” hold, and no other single change does (474 looks like 447 with two digits swapped).',
    );
  });

  it('says ambiguous when a sum of one row cannot tell its cells apart', () => {
    const r = copy('01-huaian-city-gov-2024');
    setCell(r, 'appeals.review.corrected', 65);
    const suspects = on(validate(r), 'appeals.review.total')?.suspects ?? [];
    expect(suspects.length).toBe(5);
    expect(new Set(suspects.map((s) => s.confidence))).toEqual(new Set(['ambiguous']));
    expect(suspects.map((s) => s.cells[0])).toContain('appeals.review.corrected');
    expect(suspects[0]?.why).toContain('无法区分');
  });

  it('says none instead of guessing when more than two cells must change', () => {
    const r = copy('01-huaian-city-gov-2024');
    set(r, {
      'applications.granted.naturalPerson': 1363,
      'applications.partiallyGranted.legalServices': 9,
      'applications.unavailable.notHeld.commercial': 40,
    });
    const s = top(validate(r).find((f) => f.suspects));
    expect(s).toMatchObject({ cells: [], values: [], confidence: 'none' });
    expect(s?.why).toContain('至少要改动 3 处');
  });

  it('takes blank cells as unknowns, never as 0, and never proposes a value for one', () => {
    const r = copy('09-shuyang-county-drc-2023');
    setCell(
      r,
      'applications.granted.naturalPerson',
      (getCell(r, 'applications.granted.naturalPerson') as number) + 10,
    );
    const suspects = validate(r).flatMap((f) => f.suspects ?? []);
    expect(suspects.length).toBeGreaterThan(0);
    for (const s of suspects) for (const a of s.cells) expect(getCell(r, a)).not.toBeNull();
  });

  it('likelyCells counts a finding against its proposal, else against its own cell', () => {
    const r = copy('01-huaian-city-gov-2024');
    setCell(r, 'applications.partiallyGranted.naturalPerson', 474);
    const f = on(validate(r), 'applications.resultsTotal.naturalPerson') as Finding;
    expect(likelyCells(f)).toEqual(['applications.partiallyGranted.naturalPerson']);
    expect(likelyCells({ ...f, suspects: undefined })).toEqual(['applications.resultsTotal.naturalPerson']);
  });
});

describe('cross-year: which year disagrees with its own sums', () => {
  const previous = () => copy('04-pingtan-zone-2021');
  const carry = (findings: Finding[]) => findings.find((f) => f.rule === 'cross-year.carry-over');

  it('this year’s 上年结转 mistyped: the carry-over pins it', () => {
    const r = copy('05-pingtan-zone-2022');
    setCell(r, 'applications.carriedOver.naturalPerson', 2);
    const f = carry(validate(r, { previous: previous() }));
    expect(top(f)).toMatchObject({
      cells: ['applications.carriedOver.naturalPerson'],
      values: [1],
      confidence: 'certain',
    });
    expect(top(f)?.report).toBeUndefined();
    expect(top(f)?.why).toMatch(/^上年报告的「结转下年度」与上年自身的合计相符/);
  });

  it('last year’s 结转下年度 mistyped: the suspects are last year’s', () => {
    const last = previous();
    setCell(last, 'applications.carriedForward.naturalPerson', 2);
    const f = carry(validate(copy('05-pingtan-zone-2022'), { previous: last }));
    expect(top(f)).toMatchObject({
      cells: ['applications.carriedForward.naturalPerson'],
      values: [1],
      report: 'previous',
    });
    expect(top(f)?.why).toContain('应核对上年报告');
  });

  it('both years consistent with their own sums: cannot tell', () => {
    const last = previous();
    set(last, {
      'applications.carriedForward.naturalPerson': 2,
      'applications.carriedForward.total': 2,
      'applications.newReceived.naturalPerson': 65,
      'applications.newReceived.total': 71,
    });
    expect(validate(last).filter((f) => f.severity === 'error')).toEqual([]);
    const f = carry(validate(copy('05-pingtan-zone-2022'), { previous: last }));
    expect(top(f)).toMatchObject({ cells: [], confidence: 'none' });
    expect(top(f)?.why).toContain('无法判断是哪一年填错');
  });
});

describe('applying proposals', () => {
  it('applyCertainFixes applies certain proposals only and records each in the annotations', () => {
    const r = copy('01-huaian-city-gov-2024');
    setCell(r, 'applications.partiallyGranted.naturalPerson', 474); // certain
    setCell(r, 'appeals.review.corrected', 65); // ambiguous: left alone
    const { report, applied } = applyCertainFixes(r, validate(r));
    expect(applied.map((a) => [a.cell, a.was, a.value])).toEqual([
      ['applications.partiallyGranted.naturalPerson', 474, 447],
    ]);
    expect(getCell(report, 'applications.partiallyGranted.naturalPerson')).toBe(447);
    expect(getCell(report, 'appeals.review.corrected')).toBe(65);
    expect(report.annotations?.['applications.partiallyGranted.naturalPerson']).toMatch(
      /^原为 474，已按合计更正为 447：可能是「（二）部分公开·自然人」填错/,
    );
    expect(validate(report).filter((f) => f.rule.startsWith('applications.'))).toEqual([]);
    // The input is left as it was.
    expect(getCell(r, 'applications.partiallyGranted.naturalPerson')).toBe(474);
  });

  it('applySuspect refuses a stale proposal and one about last year’s report', () => {
    const r = copy('01-huaian-city-gov-2024');
    setCell(r, 'applications.partiallyGranted.naturalPerson', 474);
    const s = top(on(validate(r), 'applications.partiallyGranted.total')) as Suspect;
    expect(getCell(applySuspect(r, s) as Report, s.cells[0] as string)).toBe(447);
    setCell(r, 'applications.partiallyGranted.naturalPerson', 475);
    expect(applySuspect(r, s)).toBeUndefined();
    expect(applySuspect(r, { ...s, was: [475], report: 'previous' })).toBeUndefined();
  });
});
