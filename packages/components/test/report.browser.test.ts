import { corpus, entry } from '@gongkai/corpus';
import { formatsOf, getCell, layoutOf, type Report } from '@gongkai/schema';
import { describe, expect, test } from 'vitest';
import { cdp } from 'vitest/browser';
import '../src/define/gk-report.js';
import { expectNoAxeViolations } from './support/axe.js';
import { cellOf, clone, headerTexts, mount, readFigure } from './support/dom.js';

const city = entry('01-huaian-city-gov-2024').report;
const mixed = corpus.find((e) => {
  const f = formatsOf(e.report);
  return f.activeDisclosure !== f.applications;
});

describe('<gk-report>', () => {
  test('has no axe violations, in Chinese and in English, findings shown', async () => {
    const zh = await mount('gk-report', { report: city }, { lang: 'zh-CN' });
    await expectNoAxeViolations(zh);
    const en = await mount(
      'gk-report',
      { report: entry('14-shanghai-gov-office-2019-oldformat').report },
      { lang: 'en' },
    );
    await expectNoAxeViolations(en);
    const marked = await mount('gk-report', {
      report: city,
      showFindings: true,
      findings: [
        {
          rule: 'applications.balance',
          severity: 'error',
          path: 'applications.newReceived.total',
          message: '不平衡',
          fingerprint: 'a',
        },
      ],
    });
    await expectNoAxeViolations(marked);
  });

  test.each(corpus.map((e) => [e.id, e.report] as const))(
    'renders %s and its numbers read back',
    async (_id, report) => {
      const element = await mount('gk-report', { report });
      const root = element.shadowRoot as ShadowRoot;
      expect(root.querySelectorAll('table')).toHaveLength(3);
      expect([...root.querySelectorAll('h2')].map((h) => h.textContent?.slice(0, 2))).toEqual([
        '一、',
        '二、',
        '三、',
        '四、',
        '五、',
        '六、',
      ]);
      const layout = layoutOf(formatsOf(report));
      for (const cell of layout.cells) {
        const value = getCell(report, cell.address) ?? null;
        expect(readFigure(element, cell.address), cell.address).toBe(value);
      }
      expect(root.querySelectorAll('td[id^="cell-"]')).toHaveLength(layout.cells.length);
    },
  );

  test('section 三: every figure announces its row, row groups, column and column groups', async () => {
    const element = await mount('gk-report', { report: city }, { lang: 'zh-CN' });
    expect(headerTexts(element, 'applications.withheld.stateSecret.commercial')).toEqual([
      '三、本年度办理结果',
      '（三）不予公开',
      '1.属于国家秘密',
      '申请人情况',
      '法人或其他组织',
      '商业企业',
    ]);
    expect(headerTexts(element, 'applications.newReceived.naturalPerson')).toEqual([
      '一、本年新收政府信息公开申请数量',
      '申请人情况',
      '自然人',
    ]);
    expect(headerTexts(element, 'appeals.litigationAfterReview.total')).toEqual([
      '行政诉讼',
      '复议后起诉',
      '总计',
    ]);
    expect(headerTexts(element, 'activeDisclosure.regulations.inForce')).toEqual([
      '第二十条第（一）项',
      '规章',
      '现行有效件数',
    ]);
    // Every header id referenced exists, and every th has a scope.
    const root = element.shadowRoot as ShadowRoot;
    for (const th of root.querySelectorAll('th'))
      expect(th.getAttribute('scope')).toMatch(/^(row|col|rowgroup|colgroup)$/);
    const three = root.querySelector('table[data-table="applications"]') as HTMLTableElement;
    expect(three.tHead?.rows).toHaveLength(3);
    expect(three.querySelector('td.gk-corner')?.textContent).toContain('勾稽关系');
  });

  test('tables sit in focusable, named scroll regions', async () => {
    const element = await mount('gk-report', { report: city });
    const regions = element.shadowRoot?.querySelectorAll('.gk-scroll') ?? [];
    expect(regions).toHaveLength(3);
    for (const region of regions) {
      expect(region.getAttribute('tabindex')).toBe('0');
      expect(region.getAttribute('role')).toBe('region');
      const caption = element.shadowRoot?.getElementById(region.getAttribute('aria-labelledby') ?? '');
      expect(caption?.localName).toBe('caption');
    }
  });

  test('renders a report that mixes a 2021 section 二 with a 2019 section 三', async () => {
    const report = clone(city);
    const base = mixed?.report ?? report;
    const element = await mount('gk-report', { report: base });
    const formats = formatsOf(base);
    const root = element.shadowRoot as ShadowRoot;
    expect(root.querySelector('table[data-table="activeDisclosure"]')?.getAttribute('data-version')).toBe(
      formats.activeDisclosure,
    );
    expect(root.querySelector('table[data-table="applications"]')?.getAttribute('data-version')).toBe(
      formats.applications,
    );
  });

  test('renders the 2019 format with its single （六）其他处理 row and procurement', async () => {
    const element = await mount('gk-report', {
      report: entry('14-shanghai-gov-office-2019-oldformat').report,
    });
    expect(cellOf(element, 'applications.otherHandling.total')).toBeTruthy();
    expect(cellOf(element, 'activeDisclosure.procurement.amount')).toBeTruthy();
  });

  test('numbers go through Intl.NumberFormat and 万元 keep their decimals', async () => {
    const report = clone(city);
    report.applications.newReceived.naturalPerson = 12345;
    (report.activeDisclosure as { fees: { amount: number | null } }).fees.amount = 1234.05;
    const zh = await mount('gk-report', { report }, { lang: 'zh-CN' });
    expect(cellOf(zh, 'applications.newReceived.naturalPerson').textContent?.trim()).toBe('12,345');
    expect(cellOf(zh, 'activeDisclosure.fees.amount').textContent?.trim()).toBe('1,234.05');
    (report.activeDisclosure as { fees: { amount: number | null } }).fees.amount = 0.5;
    const again = await mount('gk-report', { report: clone(report) });
    expect(cellOf(again, 'activeDisclosure.fees.amount').textContent?.trim()).toBe('0.5');
  });

  test('blank is blank, not 0; annotations print beside their figure', async () => {
    const report = clone(city);
    report.applications.carriedOver.research = null;
    report.applications.carriedOver.commercial = 0;
    report.annotations = { 'applications.carriedOver.commercial': '其中修订16件' };
    const element = await mount('gk-report', { report });
    expect(readFigure(element, 'applications.carriedOver.research')).toBeNull();
    expect(cellOf(element, 'applications.carriedOver.commercial').textContent?.trim()).toBe(
      '0（其中修订16件）',
    );
  });

  test('lang comes from the element, else from the document, and follows changes', async () => {
    const element = await mount('gk-report', { report: city }, { lang: 'en' });
    const heading = () => element.shadowRoot?.querySelector('h2')?.textContent;
    expect(heading()).toBe('1. Overview');
    element.setAttribute('lang', 'zh');
    await element.updateComplete;
    expect(heading()).toBe('一、总体情况');
    element.removeAttribute('lang');
    const previous = document.documentElement.lang;
    document.documentElement.lang = 'en-GB';
    await new Promise((r) => setTimeout(r));
    await element.updateComplete;
    expect(heading()).toBe('1. Overview');
    document.documentElement.lang = 'zh-CN';
    await new Promise((r) => setTimeout(r));
    await element.updateComplete;
    expect(heading()).toBe('一、总体情况');
    document.documentElement.lang = previous;
  });

  test('messages can be overridden per locale', async () => {
    const report = clone(city);
    report.narrative.otherMatters = '';
    const element = await mount(
      'gk-report',
      { report, messages: { zh: { emptyNarrative: '（无）' } } },
      { lang: 'zh' },
    );
    const empty = element.shadowRoot?.querySelector('#narrative-otherMatters .gk-empty') as Element;
    expect(getComputedStyle(empty, '::before').content).toBe('"（无）"');
  });

  test('reads the report from an inline <script type="application/json"> child', async () => {
    const host = document.createElement('div');
    host.innerHTML = `<gk-report><script type="application/json">${JSON.stringify(city).replace(/</g, '\\u003c')}</script></gk-report>`;
    document.body.append(host);
    const element = host.querySelector('gk-report') as HTMLElementTagNameMap['gk-report'];
    await element.updateComplete;
    expect(readFigure(element, 'applications.newReceived.total')).toBe(
      getCell(city, 'applications.newReceived.total') ?? null,
    );
    host.remove();
  });

  test('fetches the report from a src URL, and says so when it cannot', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(city)], { type: 'application/json' }));
    const element = await mount('gk-report', {}, { src: url });
    await expect.poll(() => element.shadowRoot?.querySelectorAll('table').length).toBe(3);
    // A report from src follows src; a report set from script wins over it.
    const other = entry('14-shanghai-gov-office-2019-oldformat').report;
    const url2 = URL.createObjectURL(new Blob([JSON.stringify(other)], { type: 'application/json' }));
    element.setAttribute('src', url2);
    await expect.poll(() => element.report?.year).toBe(other.year);
    element.report = city;
    element.setAttribute('src', url);
    await new Promise((r) => setTimeout(r, 50));
    expect(element.report).toBe(city);
    URL.revokeObjectURL(url);
    URL.revokeObjectURL(url2);
    const missing = await mount('gk-report', {}, { src: '/no-such-report.json' });
    await expect
      .poll(() => missing.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? '')
      .toContain('报告载入失败');
  });

  test('show-findings marks the cells, describes them, and focusCell moves focus there', async () => {
    const element = await mount('gk-report', {
      report: city,
      showFindings: true,
      findings: [
        {
          rule: 'applications.row-sum',
          severity: 'error',
          path: 'applications.granted.total',
          message: '总计不等于各列之和',
          fingerprint: 'x',
        },
        {
          rule: 'cell.blank',
          severity: 'warning',
          path: 'appeals.review.total',
          message: '空白',
          fingerprint: 'y',
        },
      ],
    });
    const cell = cellOf(element, 'applications.granted.total');
    expect(cell.classList).toContain('gk-error');
    expect(cell.textContent).toContain('总计不等于各列之和');
    expect(cellOf(element, 'appeals.review.total').classList).toContain('gk-warning');
    expect(element.currentFindings).toHaveLength(2);
    expect(element.focusCell('applications.granted.total')).toBe(true);
    expect(element.shadowRoot?.activeElement).toBe(cell);
    expect(element.focusCell('problems')).toBe(true);
  });

  test('show-findings without findings runs the engine itself', async () => {
    const report = clone(city);
    report.applications.granted.total = (report.applications.granted.total ?? 0) + 7;
    const element = await mount('gk-report', { report, showFindings: true });
    await expect.poll(() => element.currentFindings.length, { timeout: 10_000 }).toBeGreaterThan(0);
    await element.updateComplete;
    expect(element.currentFindings.some((f) => f.severity === 'error')).toBe(true);
    expect(element.shadowRoot?.querySelectorAll('td.gk-error').length).toBeGreaterThan(0);
  });

  describe('narrative is text, never markup', () => {
    const probes = [
      '<img src=x onerror="window.__gkXss=1">',
      '<script>window.__gkXss=1</script>',
      '"><svg onload="window.__gkXss=1">',
      '<iframe srcdoc="<script>parent.__gkXss=1</script>"></iframe>',
      'javascript:window.__gkXss=1',
      '{{constructor.constructor("window.__gkXss=1")()}}',
      '<a href="javascript:window.__gkXss=1">点击</a>',
    ];
    test.each(probes)('shows %s as text', async (probe) => {
      const report = clone(city) as Report & { title?: string };
      report.narrative.overview = `前言\n${probe}\n结尾`;
      report.narrative.problems = probe;
      report.agency = { ...report.agency, name: probe };
      report.annotations = { 'applications.granted.total': probe };
      const element = await mount('gk-report', { report });
      await new Promise((r) => setTimeout(r, 50));
      const root = element.shadowRoot as ShadowRoot;
      expect((window as { __gkXss?: number }).__gkXss).toBeUndefined();
      expect(root.querySelector('img, script, svg, iframe, a[href^="javascript"]')).toBeNull();
      expect(root.getElementById('narrative-overview')?.textContent).toContain(probe);
      expect(root.querySelector('h1')?.textContent).toContain(probe);
    });
  });

  test('narrow screens get the stacked layout, every figure labelled', async () => {
    const frame = document.createElement('div');
    frame.style.width = '320px';
    document.body.append(frame);
    const element = await mount('gk-report', { report: city }, {}, frame);
    const td = cellOf(element, 'applications.withheld.stateSecret.commercial');
    expect(getComputedStyle(td).display).toBe('flex');
    expect(getComputedStyle(td, '::before').content).toContain('法人或其他组织·商业企业');
    expect(getComputedStyle(element.shadowRoot?.querySelector('thead') as Element).position).toBe('absolute');
    frame.remove();
  });

  test('at 200 % zoom (a 1280 px window is 640 CSS px) only the tables scroll, inside their regions', async () => {
    const frame = document.createElement('div');
    frame.style.width = '640px';
    document.body.append(frame);
    const element = await mount('gk-report', { report: city }, {}, frame);
    expect(element.getBoundingClientRect().width).toBeLessThanOrEqual(640);
    for (const region of element.shadowRoot?.querySelectorAll<HTMLElement>('.gk-scroll') ?? []) {
      expect(region.getBoundingClientRect().width).toBeLessThanOrEqual(640);
    }
    expect(element.shadowRoot?.querySelector('article')?.scrollWidth).toBeLessThanOrEqual(640);
    frame.remove();
  });

  test('print: true black, header repeated on every page, no row split, no scrolling box', async () => {
    const session = cdp();
    await session.send('Emulation.setEmulatedMedia', { media: 'print' });
    try {
      const element = await mount('gk-report', {
        report: city,
        showFindings: true,
        findings: [
          {
            rule: 'x',
            severity: 'error',
            path: 'applications.granted.total',
            message: 'm',
            fingerprint: 'f',
          },
        ],
      });
      const root = element.shadowRoot as ShadowRoot;
      expect(getComputedStyle(root.querySelector('thead') as Element).display).toBe('table-header-group');
      const td = cellOf(element, 'applications.granted.total');
      expect(getComputedStyle(td).color).toBe('rgb(0, 0, 0)');
      expect(getComputedStyle(td).backgroundColor).toBe('rgb(255, 255, 255)');
      expect(getComputedStyle(td).borderTopColor).toBe('rgb(0, 0, 0)');
      expect(getComputedStyle(root.querySelector('tr') as Element).breakInside).toBe('avoid');
      expect(getComputedStyle(root.querySelector('.gk-scroll') as Element).overflowX).toBe('visible');
      expect(getComputedStyle(element).color).toBe('rgb(0, 0, 0)');
    } finally {
      await session.send('Emulation.setEmulatedMedia', { media: '' });
    }
  });

  test('puts an A4 page box on the document (@page is ignored inside shadow roots)', async () => {
    await mount('gk-report', { report: city });
    const rules = document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText));
    expect(rules.join('\n')).toMatch(/@page/);
    expect(rules.join('\n')).toMatch(/size: a4/i);
  });

  test('setting properties from script fires no events', async () => {
    const seen: string[] = [];
    for (const type of ['gk-change', 'gk-validate', 'gk-finding-select'])
      document.addEventListener(type, () => seen.push(type));
    const element = await mount('gk-report', { report: city, showFindings: true });
    element.report = clone(city);
    await element.updateComplete;
    expect(seen).toEqual([]);
  });
});
