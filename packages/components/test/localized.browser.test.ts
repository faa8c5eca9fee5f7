/** The language every element inherits and follows (the `Localized` mixin), element by element. */
import { corpus, entry } from '@gongkai/corpus';
import { setCell } from '@gongkai/schema';
import { afterEach, describe, expect, test } from 'vitest';
import '../src/define/gk-findings.js';
import '../src/define/gk-report.js';
import '../src/define/gk-report-compare.js';
import '../src/define/gk-report-editor.js';
import { clone, mount } from './support/dom.js';

const city = entry('01-huaian-city-gov-2024').report;
const pair = corpus.find((e) => e.previous);
if (!pair?.previous) throw new Error('the corpus has no report with last year’s');
const previousYear = entry(pair.previous).report;

type Tag = 'gk-report' | 'gk-findings' | 'gk-report-compare' | 'gk-report-editor';
const elements: [Tag, Record<string, unknown>, Record<string, string>][] = [
  ['gk-report', { report: city }, {}],
  [
    'gk-findings',
    { findings: [{ rule: 'cell.blank', severity: 'warning', path: 'x', message: 'x', fingerprint: 'x' }] },
    {},
  ],
  ['gk-report-compare', { report: pair.report, previous: previousYear }, {}],
  ['gk-report-editor', { report: city }, { 'no-drafts': '' }],
];

/** The language the element's first heading is written in. */
function spoken(element: Element): 'zh' | 'en' {
  const heading = element.shadowRoot?.querySelector('h2')?.textContent ?? '';
  expect(heading).not.toBe('');
  return /[\u4e00-\u9fff]/.test(heading) ? 'zh' : 'en';
}

/** Sets `lang` on `<html>` and waits for the elements' mutation observers and updates. */
async function setDocumentLang(lang: string, element: Element) {
  document.documentElement.lang = lang;
  await new Promise((resolve) => setTimeout(resolve));
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

const documentLang = document.documentElement.lang;
const wrappers: Element[] = [];
afterEach(() => {
  document.documentElement.lang = documentLang;
  for (const wrapper of wrappers.splice(0)) wrapper.remove();
});

function wrapper(lang?: string): HTMLElement {
  const div = document.createElement('div');
  if (lang) div.lang = lang;
  document.body.append(div);
  wrappers.push(div);
  return div;
}

describe.each(elements)('<%s> language', (tag, props, attributes) => {
  test('inherits an ancestor’s lang; its own lang wins, and a change of it shows at once', async () => {
    const element = await mount(tag, props, attributes, wrapper('en'));
    expect(element.locale).toBe('en');
    expect(spoken(element)).toBe('en');
    element.setAttribute('lang', 'zh-CN');
    await element.updateComplete;
    expect(element.locale).toBe('zh');
    expect(spoken(element)).toBe('zh');
    element.removeAttribute('lang');
    await element.updateComplete;
    expect(spoken(element)).toBe('en');
  });

  test('follows a change of lang on <html>, and stops when removed', async () => {
    const element = await mount(tag, props, attributes, wrapper());
    expect(spoken(element)).toBe('zh');
    await setDocumentLang('en-GB', element);
    expect(element.locale).toBe('en');
    expect(spoken(element)).toBe('en');
    await setDocumentLang('zh-CN', element);
    expect(spoken(element)).toBe('zh');
    element.remove();
    await setDocumentLang('en', element);
    expect(element.isUpdatePending).toBe(false);
    expect(spoken(element)).toBe('zh');
  });
});

test('<gk-report show-findings> recomputes its findings in the language of <html>', async () => {
  const report = clone(city);
  setCell(report, 'appeals.review.total', 999);
  const element = await mount('gk-report', { report, showFindings: true }, {}, wrapper());
  const message = () => element.currentFindings.find((f) => f.path === 'appeals.review.total')?.message ?? '';
  await expect.poll(message, { timeout: 10_000 }).toMatch(/[\u4e00-\u9fff]/);
  await setDocumentLang('en', element);
  await expect.poll(message, { timeout: 10_000 }).not.toMatch(/[\u4e00-\u9fff]{4}/);
});
