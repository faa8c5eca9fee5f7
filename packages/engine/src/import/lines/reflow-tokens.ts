import type { TableId } from '@gongkai/schema';
import type { FixtureEntry, RowEntry } from '../labels/label-index.js';
import { labelIndex } from '../labels/label-index.js';
import { nfkc, numberingOf } from './normalize.js';

/**
 * A text folded as labels are keyed (NFKC, no whitespace, quotes or pipes), with the position in the raw
 * text of each folded character: labels are found in it whatever the copy did to the spaces and line breaks.
 */
export interface Folded {
  text: string;
  /** Raw index of each folded character. */
  at: Int32Array;
}

// Characters a label's key never holds (see `labelKey`): skipped when folding.
const SKIPPED = /[\s*_`#|\\"'“”‘’「」『』〝〞\ufeff]|\u200b|\u200c|\u200d/;

/** Folds a raw text (or the raw range `from`–`to`), keeping where each folded character came from. */
export function fold(raw: string, from = 0, to = raw.length): Folded {
  const out: string[] = [];
  const at: number[] = [];
  for (let i = from; i < to; i++) {
    const c = raw[i]!;
    const code = c.charCodeAt(0);
    // ASCII letters and digits and the CJK ideographs are their own folded form.
    if ((code >= 0x30 && code <= 0x39) || (code >= 0x4e00 && code <= 0x9fff)) {
      out.push(c);
      at.push(i);
      continue;
    }
    if (SKIPPED.test(c)) continue;
    const f = nfkc(c);
    for (const ch of f) {
      if (SKIPPED.test(ch)) continue;
      out.push(ch);
      at.push(i);
    }
  }
  return { text: out.join(''), at: Int32Array.from(at) };
}

/** A label of the catalogue as it is searched for in a folded text. */
export interface Term {
  key: string;
  table: TableId;
  kind: 'row' | 'fixture' | 'column';
  row?: RowEntry;
  fixture?: FixtureEntry;
  /** The numbering the catalogue prints before the label (`2.`, `(七)`, `三、`), folded; '' when none. */
  numbering: string;
  /** Short labels (其他, 总计) are rows only when their numbering stands before them. */
  needsNumbering: boolean;
}

// Keys of English labels are searched for in no Chinese report.
const HAS_IDEOGRAPH = /[\u4e00-\u9fff]/;

/** Every label of the tables' rows, fixtures and columns (built once from the catalogue). */
export function allTerms(): readonly Term[] {
  terms ??= buildTerms();
  return terms;
}

let terms: Term[] | undefined;

function buildTerms(): Term[] {
  const index = labelIndex();
  const out: Term[] = [];
  const add = (t: Term) => {
    if (!out.some((o) => o.key === t.key && o.kind === t.kind && o.table === t.table && o.row === t.row))
      out.push(t);
  };
  for (const row of index.rows) {
    const numbering = numberingOf(row.label);
    for (const k of row.keys) {
      if (!HAS_IDEOGRAPH.test(k.key)) continue;
      add({
        key: k.key,
        table: row.table,
        kind: 'row',
        row,
        numbering,
        needsNumbering: numbering !== '' && k.key.length <= 2,
      });
    }
  }
  for (const fixture of index.fixtures) {
    for (const k of fixture.keys) {
      if (!HAS_IDEOGRAPH.test(k.key)) continue;
      add({
        key: k.key,
        table: fixture.table,
        kind: 'fixture',
        fixture,
        numbering: '',
        needsNumbering: false,
      });
    }
  }
  for (const column of index.columns) {
    for (const k of column.keys) {
      if (!HAS_IDEOGRAPH.test(k.key)) continue;
      add({ key: k.key, table: column.table, kind: 'column', numbering: '', needsNumbering: false });
    }
  }
  return out;
}

/** A label found in a folded text: its folded range (numbering included) and what it names. */
export interface Found {
  start: number;
  end: number;
  term: Term;
}

// Numberings a copy prints for the catalogue's (`2.` as `2、` or `2．`; `(七)` as `七、`).
function numberingAt(text: string, end: number, numbering: string): number {
  if (numbering === '') return end;
  const arabic = /^(\d{1,2})[.、:)]$/.exec(numbering);
  const chinese = /^\(?([一二三四五六七八九十]{1,3})[)、.]$/.exec(numbering);
  const core = arabic?.[1] ?? chinese?.[1];
  if (!core) return end;
  const forms = arabic
    ? [`${core}.`, `${core}、`, `${core}:`, `(${core})`]
    : [`(${core})`, `${core}、`, `${core}.`];
  for (const form of forms) if (text.startsWith(form, end - form.length)) return end - form.length;
  return end;
}

/**
 * The labels of the tables found in a folded text, in reading order, none overlapping: at each place the
 * label starting first wins, and of those the longest (`法人或其他组织` before `其他`).
 */
export function findTerms(text: string, prefer: TableId): Found[] {
  const hits: Found[] = [];
  for (const term of allTerms()) {
    for (let i = text.indexOf(term.key); i >= 0; i = text.indexOf(term.key, i + 1)) {
      const start = numberingAt(text, i, term.numbering);
      if (term.needsNumbering && start === i) continue;
      hits.push({ start, end: i + term.key.length, term });
    }
  }
  // Rows before fixtures before columns at the same place and length: a row's label is what holds figures.
  const rank = { row: 0, fixture: 1, column: 2 };
  // The section's own table first (总计 names a column of 三 and of 四).
  const own = (f: Found) => (f.term.table === prefer ? 0 : 1);
  hits.sort(
    (a, b) => a.start - b.start || b.end - a.end || own(a) - own(b) || rank[a.term.kind] - rank[b.term.kind],
  );
  const out: Found[] = [];
  let end = 0;
  for (const h of hits) {
    if (h.start < end) continue;
    out.push(h);
    end = h.end;
  }
  return out;
}
