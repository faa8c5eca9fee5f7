import { corpus, entry } from '@gongkai/corpus';
import { formatsOf, getCell, layoutOf, setCell } from '@gongkai/schema';
import { describe, expect, test } from 'vitest';
import { compareCell } from '../src/compare/change.js';
import '../src/define/gk-report-compare.js';
import { expectNoAxeViolations } from './support/axe.js';
import { cellOf, clone, mount, readFigure } from './support/dom.js';

const pairs = corpus
  .filter((e) => e.previous)
  .map((e) => [e.id, e.report, entry(e.previous as string).report] as const);
const [, thisYear, lastYear] = pairs[0] ?? [];

describe('<gk-report-compare>', () => {
  test('has no axe violations', async () => {
    expect(pairs.length).toBeGreaterThan(0);
    const element = await mount('gk-report-compare', { report: thisYear, previous: lastYear });
    await expectNoAxeViolations(element);
  });

  test.each(pairs)(
    '%s: every cell shows this year, last year and the change',
    async (_id, report, previous) => {
      const element = await mount('gk-report-compare', { report, previous });
      const changes = element.changes();
      for (const cell of layoutOf(formatsOf(report)).cells) {
        expect(readFigure(element, cell.address), cell.address).toBe(getCell(report, cell.address) ?? null);
        const change = changes.get(cell.address);
        const text = cellOf(element, cell.address).querySelector('.gk-change')?.textContent ?? '';
        if (change?.kind === 'up' || change?.kind === 'down') expect(text).toMatch(/[+-]/);
        if (change?.big) expect(cellOf(element, cell.address).classList).toContain('gk-big');
      }
    },
  );

  test('highlights big changes and says so to screen readers', async () => {
    const previous = clone(thisYear!);
    const report = clone(thisYear!);
    setCell(previous, 'applications.newReceived.naturalPerson', 100);
    setCell(report, 'applications.newReceived.naturalPerson', 180);
    setCell(previous, 'applications.granted.naturalPerson', 100);
    setCell(report, 'applications.granted.naturalPerson', 104);
    const element = await mount('gk-report-compare', { report, previous }, { lang: 'zh-CN' });
    const big = cellOf(element, 'applications.newReceived.naturalPerson');
    expect(big.classList).toContain('gk-big');
    expect(big.textContent).toContain('上年 100');
    expect(big.textContent).toContain('+80');
    expect(big.textContent).toContain('+80%');
    expect(big.textContent).toContain('变化较大');
    expect(cellOf(element, 'applications.granted.naturalPerson').classList).not.toContain('gk-big');
    element.threshold = 0.01;
    element.minChange = 1;
    await element.updateComplete;
    expect(cellOf(element, 'applications.granted.naturalPerson').classList).toContain('gk-big');
  });

  test('a cell whose format changed between the years is marked not comparable', async () => {
    const report = entry('13-shanghai-gov-office-2025').report;
    const old = entry('14-shanghai-gov-office-2019-oldformat').report;
    const element = await mount('gk-report-compare', { report, previous: old });
    expect(cellOf(element, 'applications.otherHandling.overdueFee.total').textContent).toContain('无法对比');
    expect(cellOf(element, 'applications.granted.total').textContent).not.toContain('无法对比');
  });

  test('compareCell: blank is not 0', () => {
    const big = { threshold: 0.5, minChange: 5 };
    expect(compareCell(null, 3, big).kind).toBe('gone');
    expect(compareCell(3, null, big).kind).toBe('new');
    expect(compareCell(null, null, big).kind).toBe('blank');
    expect(compareCell(0, 0, big)).toMatchObject({ kind: 'same', delta: 0, big: false });
    expect(compareCell(12, 0, big)).toMatchObject({ kind: 'up', delta: 12, big: true });
    expect(compareCell(0.3, 0.1, big).delta).toBe(0.2);
  });
});
