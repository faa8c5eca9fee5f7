import { entry } from '@gongkai/corpus';
import { describe, expect, test } from 'vitest';
import { importHtml } from '../../src/import/index.js';
import { htmlToLines } from '../../src/import/readers/html-lines.js';
import { slimMarkup } from '../../src/import/readers/html-markup.js';
import { compareCells } from './corpus-match.js';

const cells = (html: string) => htmlToLines(html).map((l) => l.cells);
/** A report's text as a page: tab-separated lines become table rows, the others paragraphs. */
const asMarkup = (text: string) =>
  text
    .split('\n')
    .map((l) =>
      l.includes('\t')
        ? `<table><tr>${l
            .split('\t')
            .map((c) => `<td>${c}</td>`)
            .join('')}</tr></table>`
        : `<p>${l}</p>`,
    )
    .join('');

describe('declarative shadow DOM is shown content', () => {
  const e = entry('01-huaian-city-gov-2024');

  test('a report inside <template shadowrootmode> is read', () => {
    const html = `<!doctype html><html><body><nav>首页</nav><gk-report lang="zh-CN"><template shadowroot="open" shadowrootmode="open"><style>table{border:1px}</style>${asMarkup(e.source)}</template></gk-report></body></html>`;
    const { report } = importHtml(html);
    expect(compareCells(e, report).wrong).toEqual([]);
    expect(report.year).toBe(e.report.year);
  });

  test('either attribute, any case, is enough; other templates stay unread', () => {
    expect(cells('<div><template shadowrootmode="closed"><p>甲</p></template></div>')).toEqual([['甲']]);
    expect(cells('<div><TEMPLATE ShadowRoot=open><p>乙</p></TEMPLATE></div>')).toEqual([['乙']]);
    expect(
      cells('<p>丙</p><template><p>模板</p><template shadowrootmode="open"><p>内</p></template></template>'),
    ).toEqual([['丙']]);
  });
});

describe('the markup pass before parsing', () => {
  test('drops styling tags and attributes, keeps text, spans and structure', () => {
    const page =
      '<p class="MsoNormal" style="a>b"><span style=\'font:12pt "宋体"\'><font face=x>一、</font></span><b>总体情况</b><o:p></o:p></p>' +
      '<table border=1><tr><td COLSPAN="2" style="x">规章</td><td rowspan=2 class=c>3</td></tr></table>';
    const { html } = slimMarkup(page);
    expect(html).toBe(
      '<p>一、总体情况</p><table><tr><td COLSPAN="2">规章</td><td rowspan=2>3</td></tr></table>',
    );
    expect(cells(page)).toEqual(cells(html));
    expect(cells(page)).toEqual([['一、总体情况'], ['规章', '', '3']]);
  });

  test('a `>` inside a quoted attribute value does not end the tag', () => {
    expect(cells('<p><span title="a > b">正文</span></p><p data-x=\'<p>\'>二</p>')).toEqual([
      ['正文'],
      ['二'],
    ]);
  });

  test('comments, scripts and styles are cut; raw text keeps what looks like tags', () => {
    expect(
      cells('<p>一<!-- <p>注释</p> -->二</p><script>var a = "</p>";</script><style>p{}</style><p>三</p>'),
    ).toEqual([['一 二'], ['三']]);
    expect(cells('<title>标题<span>甲</span></title><p>正文</p>')).toEqual([
      ['标题<span>甲</span>'],
      ['正文'],
    ]);
  });

  test('unclosed tags and values end the page without an exception', () => {
    expect(cells('<p>一</p><span style="x')).toEqual([['一']]);
    expect(cells('<p>一</p><td colspan=2')).toEqual([['一']]);
    expect(cells('<p>一</p><!-- 未完')).toEqual([['一']]);
  });

  test('a portal page pasted from Word is cut to a fraction, and read the same again', () => {
    const page = entry('html/shuyang-drc-2023').source;
    const { html, depth } = slimMarkup(page);
    expect(html.length).toBeLessThan(page.length / 4);
    expect(depth).toBeLessThan(64);
    expect(slimMarkup(html).html).toBe(html);
  });
});

test('a rowspan covers the rows below it, however the rows are closed', () => {
  const lines = (html: string) => htmlToLines(html).map((l) => [l.cells, l.covered ?? []]);
  const want = [
    [['申请人', '1'], []],
    [['', '2'], [true]],
    [['3', '4'], []],
  ];
  expect(
    lines('<table><tr><td rowspan=2>申请人</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3<td>4</table>'),
  ).toEqual(want);
  expect(lines('<table><tr><td rowspan="2">申请人<td>1<tr><td>2<tr><td>3<td>4</table>')).toEqual(want);
});

describe('hostile markup costs linear work', () => {
  test('unclosed <noscript>, tags without `>` and `<` runs in values', () => {
    const pages = [
      '<noscript><p>一</p>'.repeat(50_000),
      `${'<div>'.repeat(300)}${'<a'.repeat(100_000)}`,
      `${'<div>'.repeat(300)}<td colspan="${'<a'.repeat(100_000)}">一</td>`,
      `<p title="x${'<span '.repeat(100_000)}`,
    ];
    // Quadratic work on these would take minutes, past the timeout; nothing here measures time.
    for (const page of pages) expect(() => htmlToLines(page)).not.toThrow();
  }, 60_000);
});
