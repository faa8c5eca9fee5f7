import { entry } from '@gongkai/corpus';
import type { Finding } from '@gongkai/engine';
import { describe, expect, test } from 'vitest';
import '../src/define/gk-findings.js';
import '../src/define/gk-report.js';
import { GkFindingSelectEvent } from '../src/events/index.js';
import { expectNoAxeViolations } from './support/axe.js';
import { cellOf, clone, mount } from './support/dom.js';

const city = entry('01-huaian-city-gov-2024').report;
const findings: Finding[] = [
  {
    rule: 'applications.balance',
    severity: 'error',
    path: 'applications.carriedForward.total',
    message: '第三部分「四、结转下年度继续办理」行「总计」列：一加二应等于三加四',
    fingerprint: 'applications.balance|applications.carriedForward.total',
  },
  {
    rule: 'cell.blank',
    severity: 'warning',
    path: 'appeals.review.total',
    message: '第四部分「行政复议」「总计」为空白',
    fingerprint: 'b',
  },
  {
    rule: 'narrative.fees-unreported',
    severity: 'warning',
    path: 'otherMatters',
    message: '第六部分未说明是否收取信息处理费',
    fingerprint: 'c',
  },
  {
    rule: 'cross-year.carry-over',
    severity: 'info',
    path: 'applications.carriedOver.total',
    message: '无法核对',
    fingerprint: 'd',
  },
];

describe('<gk-findings>', () => {
  test('has no axe violations, with findings and without', async () => {
    const list = await mount('gk-findings', { findings });
    await expectNoAxeViolations(list);
    const empty = await mount('gk-findings', { findings: [] });
    await expectNoAxeViolations(empty);
    expect(empty.shadowRoot?.textContent).toContain('未发现问题');
  });

  test('groups findings by severity, errors first, with counts', async () => {
    const list = await mount('gk-findings', { findings: [...findings].reverse() });
    const root = list.shadowRoot as ShadowRoot;
    const groups = [...root.querySelectorAll('ul')].map((ul) => [
      root.getElementById(ul.getAttribute('aria-labelledby') ?? '')?.textContent,
      ul.querySelectorAll('li').length,
    ]);
    expect(groups).toEqual([
      ['错误（1）', 1],
      ['警告（2）', 2],
      ['提示（1）', 1],
    ]);
    expect(root.querySelector('[aria-live="polite"]')?.textContent).toBe('1 个错误，2 个警告，1 个提示');
  });

  test('announces changes politely: the live region is there before and after', async () => {
    const list = await mount('gk-findings', { findings: [] });
    const live = list.shadowRoot?.querySelector('[aria-live="polite"]');
    list.findings = findings.slice(0, 1);
    await list.updateComplete;
    expect(list.shadowRoot?.querySelector('[aria-live="polite"]')).toBe(live);
    expect(live?.textContent).toBe('1 个错误，0 个警告，0 个提示');
  });

  test('linked with for=, lists the report’s findings and its links focus the cell', async () => {
    const report = await mount(
      'gk-report',
      { id: 'the-report', report: city, showFindings: true, findings },
      {},
    );
    const list = await mount('gk-findings', {}, { for: 'the-report' });
    await expect.poll(() => list.findings.length).toBe(findings.length);
    await list.updateComplete;
    const link = list.shadowRoot?.querySelector('a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('#cell-applications.carriedForward.total');
    link.click();
    expect(report.shadowRoot?.activeElement).toBe(cellOf(report, 'applications.carriedForward.total'));
    // A section finding focuses its section.
    const sectionLink = [...(list.shadowRoot?.querySelectorAll('a') ?? [])].find((a) =>
      a.textContent?.includes('第六部分'),
    );
    sectionLink?.click();
    expect(report.shadowRoot?.activeElement?.id).toBe('narrative-otherMatters');
    // Findings follow the report.
    report.findings = findings.slice(0, 1);
    await report.updateComplete;
    await expect.poll(() => list.findings.length).toBe(1);
  });

  test('fires gk-finding-select, which a page can cancel to move focus itself', async () => {
    const report = await mount('gk-report', { id: 'r2', report: clone(city), showFindings: true, findings });
    const list = await mount('gk-findings', {}, { for: 'r2' });
    await expect.poll(() => list.findings.length).toBe(findings.length);
    await list.updateComplete;
    const seen: GkFindingSelectEvent[] = [];
    const onSelect = (e: GkFindingSelectEvent) => {
      seen.push(e);
      e.preventDefault();
    };
    document.addEventListener('gk-finding-select', onSelect);
    (list.shadowRoot!.querySelector('a') as HTMLAnchorElement).click();
    document.removeEventListener('gk-finding-select', onSelect);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(GkFindingSelectEvent);
    expect(seen[0]?.finding.path).toBe('applications.carriedForward.total');
    expect(seen[0]?.composed && seen[0]?.bubbles).toBe(true);
    expect(report.shadowRoot?.activeElement ?? null).toBeNull();
  });

  test('explains a rule on demand, from the engine’s rule catalogue', async () => {
    const list = await mount('gk-findings', { findings });
    const details = list.shadowRoot?.querySelector('details') as HTMLDetailsElement;
    expect(details.querySelector('p')).toBeNull();
    details.open = true;
    await expect.poll(() => details.querySelectorAll('p').length, { timeout: 10_000 }).toBe(2);
    expect(details.textContent).toContain('applications.balance');
    // The rule id is a detail line inside the explanation, never on the finding's own line.
    expect(details.querySelector('summary')?.textContent?.trim()).toBe('规则说明');
    expect(list.shadowRoot?.querySelector('a')?.textContent).not.toContain('applications.balance');
  });

  test('speaks English when asked', async () => {
    const list = await mount('gk-findings', { findings }, { lang: 'en' });
    expect(list.shadowRoot?.querySelector('h2')?.textContent).toBe('Check results');
    expect(list.shadowRoot?.textContent).toContain('Errors'.slice(0, 5));
  });

  test('heading-level sets the summary heading level', async () => {
    const list = await mount('gk-findings', { findings }, { 'heading-level': '3' });
    expect(list.shadowRoot?.querySelector('#heading')?.getAttribute('aria-level')).toBe('3');
  });
});
