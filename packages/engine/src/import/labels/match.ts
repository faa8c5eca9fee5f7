import type { SectionId } from '@gongkai/schema';
import { labelKey, nfkc, numberingOf } from '../lines/normalize.js';
import {
  type ColumnEntry,
  type FixtureEntry,
  type LabelKey,
  labelIndex,
  type RowEntry,
} from './label-index.js';
import { bigrams, dice } from './similarity.js';

/** How a printed label was recognised. */
export interface Match<T> {
  entry: T;
  /** 1 for the official label or a known alias; below for a damaged form. */
  score: number;
  via: 'label' | 'alias' | 'fuzzy' | 'prefix';
}

// Below this a damaged label is not trusted to be the row it resembles.
export const FUZZY_THRESHOLD = 0.72;
// Labels longer than this are prose, not labels.
const MAX_LABEL = 80;

/**
 * A bounded memo: labels recur in every report, so damaged-label scoring is done once per form. Values
 * are boxed, so that a remembered `undefined` (no match) is told from a miss in one lookup.
 */
export class Memo<V> {
  private readonly map = new Map<string, { value: V }>();
  constructor(private readonly size = 4096) {}
  /** The value remembered for `key`, or `compute`'s, remembered. */
  remember(key: string, compute: (key: string) => V): V {
    const known = this.map.get(key);
    if (known) return known.value;
    const value = compute(key);
    if (this.map.size >= this.size) this.map.clear();
    this.map.set(key, { value });
    return value;
  }
}

const fuzzyMemo = new WeakMap<readonly unknown[], Memo<Match<unknown> | undefined>>();

/**
 * What one printed text is as a label, worked out once per distinct text: labels recur in every report,
 * so a batch of imports mostly looks them up instead of folding, stripping and matching them again.
 */
interface Printed {
  key: string;
  /** Its leading numbering (`(三)`, `1.`), or ''. */
  numbering: string;
  /** Rows and columns printed exactly so (official label or alias); shared objects, never changed. */
  rows: readonly Match<RowEntry>[] | undefined;
  columns: readonly Match<ColumnEntry>[] | undefined;
  fixture: FixtureEntry | undefined;
}

const printedMemo = new Memo<Printed>(8192);
// Longer texts are prose: read each time, not kept.
const MAX_MEMO_TEXT = 64;

// The walk asks several things of one cell in a row (fixture? row? numbering? column?): the last text
// asked about is answered without a lookup.
let lastText: string | undefined;
let lastPrinted: Printed | undefined;

function printed(text: string): Printed {
  if (text === lastText && lastPrinted) return lastPrinted;
  const p = text.length <= MAX_MEMO_TEXT ? printedMemo.remember(text, readPrinted) : readPrinted(text);
  lastText = text;
  lastPrinted = p;
  return p;
}

function readPrinted(text: string): Printed {
  const key = labelKey(text);
  const exact = exactMatches();
  const long = key === '' || key.length > MAX_LABEL;
  const p: Printed = {
    key,
    numbering: numberingOf(text),
    rows: long ? undefined : exact.rows.get(key),
    columns: long ? undefined : exact.columns.get(key),
    fixture: mayBeFixture(text) ? fixtureByKey(key) : undefined,
  };
  return p;
}

/** The exact matches of every key, built once from the label index. */
let exactCache:
  | { rows: Map<string, Match<RowEntry>[]>; columns: Map<string, Match<ColumnEntry>[]> }
  | undefined;

function exactMatches(): NonNullable<typeof exactCache> {
  if (exactCache) return exactCache;
  const index = labelIndex();
  const matches = <T extends { keys: LabelKey[] }>(byKey: Map<string, T[]>) => {
    const out = new Map<string, Match<T>[]>();
    for (const [key, entries] of byKey) {
      out.set(
        key,
        entries.map((entry) => ({
          entry,
          score: 1,
          via: entry.keys.find((k) => k.key === key)?.via ?? 'label',
        })),
      );
    }
    return out;
  };
  exactCache = { rows: matches(index.rowByKey), columns: matches(index.columnByKey) };
  return exactCache;
}

/** The preferred exact match (the current section's table), else the first. */
function pick<T>(hits: readonly Match<T>[], prefer?: (e: T) => boolean): Match<T> {
  if (prefer) for (const hit of hits) if (prefer(hit.entry)) return hit;
  return hits[0]!;
}

function best<T extends { keys: LabelKey[] }>(
  key: string,
  hits: readonly Match<T>[] | undefined,
  all: readonly T[],
  prefer?: (e: T) => boolean,
): Match<T> | undefined {
  if (key === '' || key.length > MAX_LABEL) return undefined;
  if (hits && hits.length > 0) return pick(hits, prefer);
  let memo = fuzzyMemo.get(all);
  if (!memo) {
    memo = new Memo();
    fuzzyMemo.set(all, memo);
  }
  return memo.remember(key, () => fuzzy(key, all, prefer)) as Match<T> | undefined;
}

function fuzzy<T extends { keys: LabelKey[] }>(
  key: string,
  all: readonly T[],
  prefer?: (e: T) => boolean,
): Match<T> | undefined {
  const grams = bigrams(key);
  let found: Match<T> | undefined;
  for (const entry of all) {
    for (const k of entry.keys) {
      const prefix = key.length >= 4 && k.key.startsWith(key);
      // A group printed in the same cell before its row (行政诉讼未经复议直接起诉) still ends with the row.
      const suffix = k.key.length >= 4 && key.length > k.key.length && key.endsWith(k.key);
      // Dice cannot exceed 2·min/(a+b): labels of very different lengths are skipped unscored.
      const bound = (2 * Math.min(grams.size, k.grams.size)) / (grams.size + k.grams.size);
      if (!prefix && !suffix && (bound < FUZZY_THRESHOLD || (found && bound < found.score))) continue;
      let score = dice(grams, k.grams);
      let via: Match<T>['via'] = 'fuzzy';
      // A label cut short by the copy (3.补正后申请内容) still names its row.
      if (prefix && score < 0.9) {
        score = Math.max(score, 0.8);
        via = 'prefix';
      } else if (suffix && score < 0.85) {
        score = 0.85;
        via = 'prefix';
      }
      if (!found || score > found.score || (score === found.score && prefer?.(entry))) {
        found = { entry, score, via };
      }
    }
  }
  return found;
}

/** The catalogue row a printed label names, best first; `undefined` when nothing resembles it. */
export function matchRow(text: string, prefer?: (e: RowEntry) => boolean): Match<RowEntry> | undefined {
  const p = printed(text);
  return best(p.key, p.rows, labelIndex().rows, prefer);
}

/**
 * The row a label cell names; when a copy lost the cell border between a group and its row
 * (`三、本年度办理结果 （一）予以公开`), the words after a space are tried on their own.
 */
export function matchRowCell(text: string, prefer?: (e: RowEntry) => boolean): Match<RowEntry> | undefined {
  const whole = matchRow(text, prefer);
  if (whole?.score === 1) return whole;
  const words = text.trim().split(/\s+/, 12);
  for (let k = 1; k < words.length; k++) {
    const tail = matchRow(words.slice(k).join(''), prefer);
    if (tail?.score === 1) return tail;
  }
  return whole;
}

/** The row a label names exactly (official label or known alias), without trying damaged forms. */
export function matchRowExact(text: string): RowEntry | undefined {
  return printed(text).rows?.[0]?.entry;
}

/** The leading numbering of a printed label (`(三)`, `1.`), folded, or '' when it has none. */
export function numberingOfLabel(text: string): string {
  return printed(text).numbering;
}

/** Whether a text names a column exactly (official label or known alias). */
export function hasExactColumn(text: string): boolean {
  return (printed(text).columns?.length ?? 0) > 0;
}

/** The column a printed header names. */
export function matchColumn(
  text: string,
  prefer?: (e: ColumnEntry) => boolean,
): Match<ColumnEntry> | undefined {
  const p = printed(text);
  return best(p.key, p.columns, labelIndex().columns, prefer);
}

// The longest fixture (the printed note) keys to 34 characters; spaced out character by character it stays
// well under this. Prose paragraphs are longer.
const MAX_FIXTURE_TEXT = 200;
// A full stop or semicolon ends a sentence; no label of the table holds one.
const SENTENCE_END = /[。；！？]/;

/** Whether a text may be a fixture: a label, never a sentence, so prose is turned away before any lookup. */
export function mayBeFixture(text: string): boolean {
  return text.length <= MAX_FIXTURE_TEXT && !(text.length > 40 && SENTENCE_END.test(text));
}

/** A label of the table that holds no figures (group, sub-table heading, printed note), exact only. */
export function matchFixture(text: string): FixtureEntry | undefined {
  return mayBeFixture(text) ? printed(text).fixture : undefined;
}

function fixtureByKey(key: string): FixtureEntry | undefined {
  if (key === '') return undefined;
  const hits = labelIndex().fixtureByKey.get(key);
  if (hits?.[0]) return hits[0];
  // The printed note is long and often re-punctuated; a close match is enough.
  if (key.length > 20 && key.length < 80) {
    let grams: Set<string> | undefined;
    for (const f of labelIndex().fixtures) {
      if (f.kind !== 'note') continue;
      for (const k of f.keys) {
        // Cheap gate before scoring: a re-punctuated note still opens with the same words.
        if (k.key.slice(0, 2) !== key.slice(0, 2)) continue;
        grams ??= bigrams(key);
        if (dice(grams, k.grams) > 0.8) return f;
      }
    }
  }
  return undefined;
}

const ORDINAL =
  /^\s*(?:([一二三四五六七八九十])\s*[、.．，,]|第([一二三四五六七八九十])部分|(\d)\s*[、．]|([一二三四五六七八九十])\s+)/;
const SUBHEADING = /^\s*[(（]/;
// Sentence ends (a heading may hold commas: 行政复议，行政诉讼).
const SENTENCE = /[。；！？;!?]/;

/** A section heading: its section, and whether its ordinal and wording are the official ones. */
export interface HeadingMatch {
  id: SectionId;
  score: number;
  exact: boolean;
}

/**
 * Whether a line is a section heading (一、总体情况 …). Parenthesised numbering （一） marks a sub-heading
 * inside a narrative section, never a section; a heading without an ordinal must match exactly.
 */
export function matchHeading(text: string): HeadingMatch | undefined {
  // Headings are short and are not sentences.
  // Sub-headings （一）… are told by their opening bracket, before any lookup.
  if (text.length > 60 || SUBHEADING.test(text)) return undefined;
  return headingMemo.remember(text, headingOf);
}

function headingOf(text: string): HeadingMatch | undefined {
  return SENTENCE.test(text.replace(/[。.：:]\s*$/, '')) ? undefined : scoreHeading(text);
}

const headingMemo = new Memo<HeadingMatch | undefined>();

function scoreHeading(text: string): HeadingMatch | undefined {
  const normalised = nfkc(text);
  const ordinal = ORDINAL.exec(normalised);
  const rest = ordinal ? normalised.slice(ordinal[0].length) : normalised;
  const key = labelKey(rest);
  if (key === '' || key.length > 60) return undefined;
  const grams = bigrams(key);
  let found: HeadingMatch | undefined;
  for (const section of labelIndex().sections) {
    for (const k of section.keys) {
      const exact = k.key === key;
      // A heading may add words around the official title (政府信息公开工作存在的主要问题及改进情况).
      const contains = !exact && key.length <= k.key.length + 12 && key.includes(k.key);
      const score = exact ? 1 : contains ? 0.95 : ordinal ? dice(grams, k.grams) : 0;
      if (!found || score > found.score) found = { id: section.id, score, exact: exact && k.via === 'label' };
    }
  }
  return found && found.score >= 0.7 ? found : undefined;
}
