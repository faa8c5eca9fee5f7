import type { Report } from '@gongkai/schema';
import type { Finding, Suspect } from '../../findings.js';
import { type Check, previousCheckOf } from '../context.js';
import { explain } from './explain.js';
import { failingEquations } from './fixes.js';
import { systemOf } from './system.js';

/**
 * For each `cross-year.carry-over` finding, which of the two years' figures disagrees with its own
 * sums: this year's 上年结转 or last year's 结转下年度. When it is last year's, the suspects are last
 * year's (marked `report: 'previous'`), since no change to this year's report is right.
 */
export function attributeCarryOver(check: Check, previous: Report, findings: readonly Finding[]): void {
  const targets = findings.filter((f) => f.rule === 'cross-year.carry-over' && f.severity === 'error');
  if (targets.length === 0) return;
  const zh = check.locale === 'zh';
  const last = previousCheckOf(previous, check.locale);
  const ownFailing = (c: Check) => {
    const system = systemOf(c.plan);
    const all = Array.from({ length: system.count }, (_, e) => e);
    const cells = new Set<number>();
    for (const e of failingEquations(system, c.numbers, all))
      for (const i of system.cells[e] as Int32Array) cells.add(i);
    return cells;
  };
  const thisBroken = ownFailing(check);
  const lastBroken = ownFailing(last);
  const lastExplained = lastBroken.size > 0 ? explain(last) : undefined;
  for (const f of targets) {
    const cell = check.plan.indexOf.get(f.path) as number;
    const before = check.plan.crossYear.find((eq) => eq.cell === cell)?.def.previous[0];
    const forward = before === undefined ? undefined : last.plan.indexOf.get(before);
    const thisWrong = thisBroken.has(cell);
    const lastWrong = forward !== undefined && lastBroken.has(forward);
    if (lastWrong && !thisWrong) {
      const lead = zh
        ? '本年「上年结转」与本年各项合计相符，上年报告的「结转下年度」与上年自身的合计不符，应核对上年报告：'
        : 'This year’s carried-over figure agrees with this year’s sums; last year’s carried-forward figure disagrees with last year’s own sums, so check last year’s report: ';
      f.suspects = lastSuspects(lastExplained, forward).map((s) => ({
        ...s,
        why: lead + s.why,
        report: 'previous',
      }));
    } else if (thisWrong && !lastWrong) {
      const lead = zh
        ? '上年报告的「结转下年度」与上年自身的合计相符，本年「上年结转」与本年合计不符：'
        : 'Last year’s carried-forward figure agrees with last year’s sums; this year’s carried-over figure disagrees with this year’s: ';
      f.suspects = (f.suspects ?? []).map((s) => ({ ...s, why: lead + s.why }));
    } else {
      f.suspects = [
        {
          cells: [],
          values: [],
          was: [],
          confidence: 'none',
          why: thisWrong
            ? zh
              ? '本年「上年结转」和上年「结转下年度」都与各自年度的合计不符，两份报告都需核对。'
              : 'Both this year’s carried-over figure and last year’s carried-forward figure disagree with their own year’s sums: check both reports.'
            : zh
              ? '两年的数字都与各自年度的合计相符，无法判断是哪一年填错（也可能是两年的统计口径不同）。'
              : 'Both years’ figures agree with their own sums: the figures cannot tell which year is wrong (the two years may count differently).',
        },
      ];
    }
  }
}

/** Last year's suspects of the failing sums around its 结转下年度 cell. */
function lastSuspects(explained: ReturnType<typeof explain> | undefined, forward: number): Suspect[] {
  if (!explained) return [];
  for (const e of explained.system.ofCell[forward] ?? []) {
    const suspects = explained.byEquation.get(e);
    if (suspects) return suspects;
  }
  return [];
}
