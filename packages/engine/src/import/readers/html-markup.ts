/**
 * The markup pass run before htmlparser2: it cuts what never holds report text and the markup that means
 * nothing to the reader, so the parser sees a fraction of a portal page.
 *
 * Why: pages pasted from Word carry most of their weight inside tags (of a 92 KB portal page, 71 KB are
 * tags: `style` attributes on hundreds of `<span>`, `<p>`, `<o:p>` and `<font>`), and tokenizing those was
 * two thirds of an HTML import. The reader only needs block boundaries, tables and their
 * `colspan`/`rowspan`, so this pass
 * - cuts scripts, styles, `<noscript>` and comments with their content (each becomes a space),
 * - drops the tags of inline elements that only style text (`<span>`, `<font>`, `<b>`, `<a>`, Office's
 *   `<o:p>`, `<st1:…>`, …) and of empty ones (`<img>`, `<meta>`, …), keeping the text unchanged (the
 *   parser joins adjacent text anyway); they no longer count among a line's ancestors,
 * - keeps every other tag with its name, and of its attributes only `colspan`/`rowspan` on cells, and
 *   `shadowrootmode` on a `<template>` that has it or the older `shadowroot` (a declarative shadow root,
 *   shown content),
 * - and measures how deep the kept markup nests, for the depth guard.
 * Tags are found as htmlparser2's tokenizer finds them (a `>` inside a quoted attribute value does not end a
 * tag; raw text such as `<title>` or `<textarea>` holds no tags), so the parser reads the same structure it
 * would have read from the page. It is a linear scan by hand: a regular expression for attributes
 * backtracks without bound on a hostile unclosed tag.
 */

// Elements that only style text, and empty ones that hold nothing for the reader: their tags are dropped,
// their text kept. (Any name with a colon too: Office's `<o:p>`, `<st1:chsdate>`, `<w:sdt>`.)
const INLINE = new Set([
  'span',
  'font',
  'b',
  'i',
  'u',
  's',
  'strike',
  'strong',
  'em',
  'a',
  'sup',
  'sub',
  'small',
  'big',
  'tt',
  'nobr',
  'abbr',
  'acronym',
  'cite',
  'dfn',
  'mark',
  'ins',
  'del',
  'q',
  'wbr',
  'img',
  'meta',
  'link',
  'base',
  'col',
  'area',
  'source',
  'track',
  'param',
]);
// Elements cut with their content: never report text. (`<template>` is left to the reader, which skips it
// unless it is a declarative shadow root.)
const CUT = new Set(['script', 'style', 'noscript']);
// Elements whose content htmlparser2 reads as raw text (no tags inside), up to their end tag.
const RAW_TEXT = new Set(['title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes']);
// Elements the parser closes by itself when a sibling opens; they never pile up into depth.
export const SELF_CLOSING = new Set([
  'p',
  'li',
  'td',
  'th',
  'tr',
  'option',
  'dt',
  'dd',
  'tbody',
  'thead',
  'tfoot',
  'colgroup',
]);
export const VOID = new Set([
  'br',
  'img',
  'input',
  'meta',
  'link',
  'hr',
  'col',
  'area',
  'base',
  'wbr',
  'source',
  'track',
  'embed',
  'param',
]);

const LT = 60;
const GT = 62;
const SLASH = 47;
const EQ = 61;
const DQ = 34;
const SQ = 39;
const BANG = 33;
const DASH = 45;

// Whitespace as the HTML tokenizer knows it (not `\s`: U+3000 and NBSP are text).
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
const isAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const endsName = (c: number) => c === SLASH || c === GT || isSpace(c);

// What the pass does with an element, by its lowercased name: keep it (counted in depth), drop its tags
// (text kept), cut it with its content, keep it with raw text up to its end tag, keep it (never piling up
// into depth), or keep it and the rest of the page as text.
const KEPT = 0;
const DROPPED = 1;
const CUT_OUT = 2;
const RAW = 3;
const FLAT = 4;
const PLAIN = 5;
const KINDS = new Map<string, number>([
  ...[...INLINE].map((n) => [n, DROPPED] as const),
  ...[...CUT].map((n) => [n, CUT_OUT] as const),
  ...[...RAW_TEXT].map((n) => [n, RAW] as const),
  ...[...VOID, ...SELF_CLOSING].map((n) => [n, FLAT] as const),
  ['plaintext', PLAIN],
]);
const kindOf = (name: string) => KINDS.get(name) ?? (name.includes(':') ? DROPPED : KEPT);
// Names of up to six letters, the most common by far, are looked up by a number (five bits a letter,
// case folded) read while scanning, without building a string.
const MAX_KEYED = 6;
const COLON = 58;
const keyOf = (name: string) => {
  let key = 0;
  for (let i = 0; i < name.length; i++) key = key * 32 + (name[i] === ':' ? 27 : name.charCodeAt(i) - 96);
  return key;
};
const KINDS_BY_KEY = new Map(
  [...KINDS, ['o:p', DROPPED] as const]
    .filter(([name]) => /^[a-z:]{1,6}$/.test(name))
    .map(([name, kind]) => [keyOf(name), kind]),
);
const TD = keyOf('td');
const TH = keyOf('th');

/** Where the tag name starting at `from` ends; its key is left in `nameKey` (-1: not keyed), `nameColon`. */
let nameKey = -1;
let nameColon = false;
function readName(html: string, from: number, limit: number): number {
  let i = from;
  let key = 0;
  let colon = false;
  for (; i < limit; i++) {
    const d = html.charCodeAt(i);
    if (endsName(d)) break;
    // `d | 32` is a lowercase letter only for a letter of either case; `:` (Office's `o:p`) is 27.
    const lower = d | 32;
    if (key < 0 || i - from >= MAX_KEYED) key = -1;
    else if (lower >= 97 && lower <= 122) key = key * 32 + (lower - 96);
    else if (d === COLON) {
      key = key * 32 + 27;
      colon = true;
    } else key = -1;
  }
  nameKey = key;
  nameColon = colon;
  return i;
}
/** What the pass does with the element whose name was just read. */
const kindRead = (html: string, from: number, to: number) =>
  nameKey >= 0
    ? (KINDS_BY_KEY.get(nameKey) ?? (nameColon ? DROPPED : KEPT))
    : kindOf(html.slice(from, to).toLowerCase());

const endTags = new Map<string, RegExp>();
/** Where the end tag of a raw-text or cut element starts (`</name` then a space, `/` or `>`), or -1. */
function findEndTag(html: string, name: string, from: number): number {
  let re = endTags.get(name);
  if (!re) {
    re = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi');
    endTags.set(name, re);
  }
  re.lastIndex = from;
  return re.exec(html)?.index ?? -1;
}

/** Where a comment that starts at `at` (`<!--`) ends, as the tokenizer ends it. */
function commentEnd(html: string, at: number): number {
  const body = at + 4;
  // `<!-->` and `<!--->` are empty comments; otherwise the first `-->` or `--!>` ends it.
  if (html.charCodeAt(body) === GT) return body + 1;
  if (html.charCodeAt(body) === DASH && html.charCodeAt(body + 1) === GT) return body + 2;
  for (let k = html.indexOf('--', body); k !== -1; k = html.indexOf('--', k + 1)) {
    const d = html.charCodeAt(k + 2);
    if (d === GT) return k + 3;
    if (d === BANG && html.charCodeAt(k + 3) === GT) return k + 4;
  }
  return html.length;
}

export interface Markup {
  html: string;
  /** Deepest nesting of the kept elements (void and implicitly closed ones left out). */
  depth: number;
}

/** The page with only the markup the reader needs (see above), and how deep it nests. */
export function slimMarkup(html: string): Markup {
  const len = html.length;
  let out = '';
  // Text from `copied` on is passed through unchanged until a tag is dropped or rewritten.
  let copied = 0;
  let depth = 0;
  let deepest = 0;
  let noscriptUnclosed = false;
  let at = html.indexOf('<');
  scan: while (at !== -1 && at < len - 1) {
    const c = html.charCodeAt(at + 1);
    // Where the scan goes on, and what replaces html[from, to) if anything does.
    let next = at + 1;
    let from = at;
    let to = -1;
    let by = '';
    if (c === BANG) {
      if (html.charCodeAt(at + 2) === DASH && html.charCodeAt(at + 3) === DASH) {
        next = to = commentEnd(html, at);
        by = ' ';
      } else if (html.startsWith('[CDATA[', at + 2)) {
        const end = html.indexOf(']]>', at + 9);
        if (end === -1) break;
        next = end + 3;
      } else {
        // A doctype, or a bogus comment to the next `>`.
        const end = html.indexOf('>', at + 2);
        if (end === -1) break;
        next = end + 1;
      }
    } else if (c === 63) {
      // `<?…>` is a bogus comment.
      const end = html.indexOf('>', at + 2);
      if (end === -1) break;
      next = end + 1;
    } else if (c === SLASH) {
      if (isAlpha(html.charCodeAt(at + 2))) {
        // An end tag: anything after the name is ignored up to `>`, quotes included.
        const i = readName(html, at + 2, len);
        const kind = kindRead(html, at + 2, i);
        const end = html.charCodeAt(i) === GT ? i : html.indexOf('>', i);
        if (end === -1) break;
        next = end + 1;
        if (kind === DROPPED) to = end + 1;
        else if (kind !== FLAT && html.charCodeAt(end - 1) !== SLASH && depth > 0) depth--;
      } else {
        // `</>` and `</ …>` (a bogus comment) are passed through.
        const end = html.indexOf('>', at + 2);
        if (end === -1) break;
        next = end + 1;
      }
    } else if (isAlpha(c)) {
      let i = readName(html, at + 1, len);
      const nameEnd = i;
      const key = nameKey;
      const kind = kindRead(html, at + 1, nameEnd);
      const cell = key === TD || key === TH;
      const template =
        key < 0 && nameEnd - at === 9 && html.slice(at + 1, nameEnd).toLowerCase() === 'template';
      // The attributes, read as the tokenizer reads them; those the reader uses are kept as printed (the
      // parser keeps the first of a repeated name, as it will here).
      let kept = '';
      let attributes = false;
      let selfClosing = false;
      let end = -1;
      while (i < len) {
        const d = html.charCodeAt(i);
        if (d === GT) {
          end = i;
          break;
        }
        if (isSpace(d)) {
          i++;
          continue;
        }
        if (d === SLASH) {
          // `/` then `>` (spaces between allowed) is a self-closing tag; anything else starts a name.
          let j = i + 1;
          while (j < len && isSpace(html.charCodeAt(j))) j++;
          if (html.charCodeAt(j) === GT) {
            selfClosing = true;
            end = j;
            break;
          }
          i = j;
          continue;
        }
        // An attribute name: its first character may be anything but a space, `/` or `>` (even `=`).
        attributes = true;
        const start = i++;
        while (i < len) {
          const e = html.charCodeAt(i);
          if (e === EQ || endsName(e)) break;
          i++;
        }
        const attrNameEnd = i;
        while (i < len && isSpace(html.charCodeAt(i))) i++;
        if (html.charCodeAt(i) === EQ) {
          i++;
          while (i < len && isSpace(html.charCodeAt(i))) i++;
          const q = html.charCodeAt(i);
          if (q === DQ || q === SQ) {
            const close = html.indexOf(q === DQ ? '"' : "'", i + 1);
            // An unclosed value: the tag is never read, nor anything after it.
            if (close === -1) break scan;
            i = close + 1;
          } else {
            while (i < len) {
              const e = html.charCodeAt(i);
              if (e === GT || isSpace(e)) break;
              i++;
            }
          }
        }
        const length = attrNameEnd - start;
        if ((cell && length === 7) || (template && (length === 10 || length === 14))) {
          const attr = html.slice(start, attrNameEnd).toLowerCase();
          if (cell && (attr === 'colspan' || attr === 'rowspan')) kept += ` ${html.slice(start, i)}`;
          else if (template && (attr === 'shadowrootmode' || attr === 'shadowroot')) kept = ' shadowrootmode';
        }
      }
      if (end === -1) break;
      next = end + 1;
      const name = kind === CUT_OUT || kind === RAW ? html.slice(at + 1, nameEnd).toLowerCase() : '';
      if (kind === DROPPED) to = end + 1;
      else if (kind === CUT_OUT) {
        // Scripts and styles are raw text to their end tag; `<noscript>` is cut the same way when closed
        // (once none is, none is searched for again: a page of unclosed ones stays linear).
        const close = name === 'noscript' && noscriptUnclosed ? -1 : findEndTag(html, name, end + 1);
        const closeEnd = close === -1 ? -1 : html.indexOf('>', close);
        if (close !== -1 || name !== 'noscript') {
          next = to = closeEnd === -1 ? len : closeEnd + 1;
          by = ' ';
        } else noscriptUnclosed = true;
      }
      if (to === -1) {
        if (attributes) {
          // `<name` stays; the attributes are replaced.
          from = nameEnd;
          to = end + 1;
          by = selfClosing ? (kept ? `${kept} />` : '/>') : kept ? `${kept}>` : '>';
        }
        if (kind !== FLAT && !selfClosing && ++depth > deepest) deepest = depth;
        if (kind === PLAIN) next = len;
        else if (kind === RAW) {
          const close = findEndTag(html, name, end + 1);
          next = close === -1 ? len : close;
        }
      }
    }
    if (to !== -1) {
      if (from > copied) out += html.slice(copied, from);
      out += by;
      copied = to;
    }
    if (next >= len) break;
    at = html.charCodeAt(next) === LT ? next : html.indexOf('<', next);
  }
  if (copied === 0) return { html, depth: deepest };
  if (copied < len) out += html.slice(copied);
  return { html: out, depth: deepest };
}
