import { corpus, entry } from '@gongkai/corpus';
import { importHtml } from '@gongkai/engine';
import { formatsOf, getCell, layoutOf, type Report } from '@gongkai/schema';
import { describe, expect, test } from 'vitest';
import { inlineReportJson, renderReportToString } from '../src/ssr/index.js';

/** Every figure of a report by address, blank as null. */
function figures(report: Report): Record<string, number | null> {
  return Object.fromEntries(
    layoutOf(formatsOf(report)).cells.map((c) => [c.address, getCell(report, c.address) ?? null]),
  );
}

/**
 * What a reader sees: the inline JSON removed, so nothing is read from it. (The declarative shadow roots
 * stay: the engine's HTML reader reads them as the shown content they are.)
 */
const shownOnly = (html: string) => html.replace(/<script type="application\/json">[\s\S]*?<\/script>/g, '');

describe('renderReportToString', () => {
  test('renders declarative shadow DOM with the tables, styles and the report inline', () => {
    const report = entry('01-huaian-city-gov-2024').report;
    const html = renderReportToString(report, { lang: 'zh' });
    expect(html).toMatch(/^<style>gk-report:not\(:defined\)/);
    expect(html).toMatch(/<gk-report\s+lang="zh-CN">/);
    expect(html).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect(html.match(/<table /g)).toHaveLength(3);
    expect(html).toContain('<style>');
    expect(html).toContain('一、总体情况');
    expect(html).toContain(inlineReportJson(report));
    expect(renderReportToString(report, { lang: 'en', omitPrestyle: true })).toMatch(
      /^(<!--[^>]*-->)*<gk-report\s+lang="en">/,
    );
  });

  test.each(corpus.map((e) => [e.id, e.report] as const))(
    '%s re-imports through importHtml to the same report',
    (_id, report) => {
      const html = shownOnly(renderReportToString(report));
      const { report: back } = importHtml(`<!doctype html><html lang="zh-CN"><body>${html}</body></html>`);
      expect(figures(back)).toEqual(figures(report));
      expect(formatsOf(back)).toEqual(formatsOf(report));
      expect(back.year).toBe(report.year);
      expect(back.agency.name).toBe(report.agency.name);
      expect(back.annotations ?? {}).toEqual(report.annotations ?? {});
      for (const id of ['overview', 'problems', 'otherMatters'] as const) {
        expect(back.narrative[id].replace(/\s+/g, '')).toBe(report.narrative[id].replace(/\s+/g, ''));
      }
    },
  );

  test('narrative markup is escaped, and the inline JSON cannot close its script', () => {
    const report = structuredClone(entry('01-huaian-city-gov-2024').report);
    report.narrative.problems = '</script><script>alert(1)</script><img src=x onerror=alert(2)>';
    const html = renderReportToString(report);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    const json = html.match(/<script type="application\/json">([\s\S]*?)<\/script>/)?.[1] ?? '';
    expect(JSON.parse(json).narrative.problems).toBe(report.narrative.problems);
  });
});
