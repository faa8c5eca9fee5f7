import type { Report } from '@gongkai/schema';
import { tableGrid } from '../../src/export/grid.js';
import { partsOf, titleOf } from '../../src/export/sections.js';

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
// CMS editors split labels into runs of styled spans, one or a few characters each.
const runs = (t: string) =>
  [...t]
    .map(
      (c, i) =>
        (i % 3 === 0 ? `<span style="font-family:仿宋">${esc(c)}` : esc(c)) + (i % 3 === 2 ? '</span>' : ''),
    )
    .join('') + ([...t].length % 3 === 0 ? '' : '</span>');

/**
 * A report as a portal publishes it: site navigation and footer around an article, the title outside the
 * article, labels split into spans, blank cells as &nbsp;, the tables with rowspan/colspan as in the form.
 */
export function toPortalPage(report: Report): string {
  const body: string[] = [];
  for (const part of partsOf(report)) {
    if (part.kind === 'heading')
      body.push(`<p style="text-indent:2em"><strong>${runs(part.text)}</strong></p>`);
    else if (part.kind === 'narrative') for (const l of part.lines) body.push(`<p>${esc(l)}</p>`);
    else {
      const rows = tableGrid(report, part.table).map(
        (row) =>
          `<tr>${row
            .filter((c) => c !== undefined)
            .map((c) => {
              const span = `${c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}`;
              const text = c.text === '' ? '&nbsp;' : c.label ? runs(c.text) : esc(c.text);
              return `<td${span}><p align="center">${text}<o:p></o:p></p></td>`;
            })
            .join('')}</tr>`,
      );
      body.push(
        `<div align="center"><table border="1" style="border-collapse:collapse"><tbody>${rows.join('')}</tbody></table></div>`,
      );
    }
  }
  return `<!DOCTYPE html><html><head><title>${esc(titleOf(report))}_门户网站</title><script>var x = "<p>一、总体情况</p>";</script></head>
<body><div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/xxgk">政府信息公开</a></li></ul></div>
<table class="meta"><tr><td>索引号</td><td>000/2024-1</td></tr><tr><td>发布机构</td><td>${esc(report.agency.name)}</td></tr></table>
<h1 class="title">${esc(titleOf(report))}</h1>
<div class="article"><div id="zoom">${body.join('\n')}</div></div>
<div class="footer"><p>主办单位：某某人民政府办公室</p><p>网站标识码 0000000000</p></div></body></html>`;
}
