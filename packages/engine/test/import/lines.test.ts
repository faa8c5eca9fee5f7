import { corpus } from '@gongkai/corpus';
import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { importText } from '../../src/import/index.js';
import { type Line, textToLines } from '../../src/import/lines/lines.js';
import { htmlToLines } from '../../src/import/readers/html-lines.js';

// The walk takes a blank cell to be '' (no trimming of its own): every reader must hand over trimmed cells.
const untrimmed = (lines: readonly Line[]) =>
  lines.flatMap((l) =>
    l.cells.filter((c) => c !== c.trim()).map((c) => `line ${l.no}: ${JSON.stringify(c)}`),
  );

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters must not reach the cells
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Text with the characters that make splitting lines and cells hard. */
const messyText = fc
  .array(
    fc.constantFrom(
      '\t',
      '\n',
      '\r\n',
      '\r',
      ' ',
      '\u3000',
      '\u00a0',
      '\u0001',
      '\u000b',
      '|',
      '# ',
      '12',
      '0',
      '—',
      '（一）予以公开',
      '规章',
      '行政许可',
      '。',
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('lines of cells, as every reader hands them to the walk', () => {
  test('plain text: cells are trimmed and free of control characters, whatever the text', () => {
    fc.assert(
      fc.property(messyText, (text) => {
        const lines = textToLines(text);
        expect(untrimmed(lines)).toEqual([]);
        expect(lines.filter((l) => l.cells.some((c) => CONTROL.test(c)))).toEqual([]);
      }),
    );
  });

  test('a text with Windows or old Mac line ends reads the same as with \\n', () => {
    fc.assert(
      fc.property(messyText, fc.constantFrom('\r\n', '\r'), (text, end) => {
        const unix = text.replace(/\r\n|\r/g, '\n');
        expect(textToLines(unix.replace(/\n/g, end))).toEqual(textToLines(unix));
      }),
    );
  });

  test('every corpus report: text and portal HTML give trimmed cells, and the same report with CRLF', () => {
    for (const e of corpus) {
      const lines = e.id.startsWith('html/') ? htmlToLines(e.source) : textToLines(e.source);
      expect(untrimmed(lines), e.id).toEqual([]);
      if (!e.id.startsWith('html/')) {
        expect(importText(e.source.replace(/\n/g, '\r\n')).report, e.id).toEqual(importText(e.source).report);
      }
    }
  });

  test('HTML: cells of tables and paragraphs are trimmed, whatever spaces the markup holds', () => {
    const cell = fc.constantFrom(
      ' 12 ',
      '&nbsp;3&nbsp;',
      '\u3000规章\u3000',
      '<span> 行政许可 </span>',
      '',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 6 }), (rows) => {
        const html = `<p> 标题 </p><table>${rows
          .map((r) => `<tr>${r.map((c) => `<td> ${c} </td>`).join('')}</tr>`)
          .join('')}</table>`;
        expect(untrimmed(htmlToLines(html))).toEqual([]);
      }),
    );
  });
});
