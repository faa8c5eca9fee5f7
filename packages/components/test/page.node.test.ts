/** The one page shell and HTML escape that every written page (CLI render, stats, the demo's export) uses. */
import { describe, expect, test } from 'vitest';
import { escapeHtml, standalonePage } from '../src/index.js';

describe('escapeHtml', () => {
  test('escapes the five characters that end text or an attribute, the apostrophe included', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;',
    );
    expect(escapeHtml('杏岭子乡人民政府')).toBe('杏岭子乡人民政府');
  });
});

describe('standalonePage', () => {
  test('a whole page: language, escaped title and generator, the style and the body as given', () => {
    const page = standalonePage({
      locale: 'zh',
      title: `某局'</title><script>`,
      style: 'main{margin:0}',
      body: '<main>正文</main>',
    });
    expect(page).toBe(`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="gongkai">
<title>某局&#39;&#60;/title&#62;&#60;script&#62;</title>
<style>
main{margin:0}
</style>
</head>
<body>
<main>正文</main>
</body>
</html>
`);
    expect(
      standalonePage({ locale: 'en', title: 't', generator: 'gongkai stats', style: '', body: '' }),
    ).toMatch(/^<!doctype html>\n<html lang="en">[\s\S]*<meta name="generator" content="gongkai stats">/);
  });
});
