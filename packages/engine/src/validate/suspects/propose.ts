import type { Locale } from '@gongkai/schema';
import type { Confidence, Suspect } from '../../findings.js';
import { num } from '../words.js';
import { type Fix, MAX_CELLS, smallestFixes } from './fixes.js';
import { neighboursOf } from './neighbours.js';
import type { System } from './system.js';
import { type Slip, slipOf, slipWeight } from './typos.js';
import { shortCell, slipText, sumsText } from './words.js';

/** At most this many proposals are listed; past it the list says how many more fit. */
const LISTED = 5;

interface Ranked {
  fix: Fix;
  slips: Slip[];
  score: number;
}

/**
 * The suspects of one component of failing sums: its smallest fixes, ranked by the slips that would
 * explain them, with a confidence and a sentence each. `failing` are the component's failing sums
 * (what every fix mends), `equations` all of the component's sums.
 */
export function proposeFor(
  system: System,
  numbers: Float64Array,
  equations: readonly number[],
  failing: readonly number[],
  locale: Locale,
): Suspect[] {
  const fixes = smallestFixes(system, numbers, equations);
  const sums = sumsText(system, failing, locale);
  if (fixes.length === 0) return [nothing(sums, locale)];
  const ranked = fixes.map((fix) => rank(system, numbers, fix)).sort((a, b) => b.score - a.score);
  const top = ranked[0] as Ranked;
  const tied = ranked.filter((r) => r.score === top.score).length;
  const confidence: Confidence =
    ranked.length === 1
      ? top.fix.cells.length === 1
        ? 'certain'
        : 'likely'
      : tied === 1
        ? 'likely'
        : 'ambiguous';
  const others = ranked.length - 1;
  return ranked.slice(0, LISTED).map((r, k) => {
    const suspect: Suspect = {
      cells: r.fix.cells.map((c) => system.plan.cells[c]?.address as string),
      values: r.fix.values,
      was: r.fix.cells.map((c) => (Number.isNaN(numbers[c] as number) ? null : (numbers[c] as number))),
      confidence,
      why: why(system, numbers, r, sums, confidence, k === 0 ? others : -1, locale),
    };
    return suspect;
  });
}

function rank(system: System, numbers: Float64Array, fix: Fix): Ranked {
  const { plan } = system;
  const near = neighboursOf(plan);
  const slips = fix.cells.map((c, k) => {
    const def = plan.cells[c];
    const isTotal = Boolean(def?.columnDef.isTotal || def?.row.isTotal);
    const neighbours = (near[c] ?? []).map((n) => numbers[n] as number).filter((v) => !Number.isNaN(v));
    return slipOf(numbers[c] as number, fix.values[k] as number, { isTotal, neighbours });
  });
  // Fewer cells first, then the likelier slips.
  const score =
    slips.reduce((s, slip) => s + slipWeight[slip], 0) -
    100 * (Math.min(fix.cells.length, MAX_CELLS + 1) - 1);
  return { fix, slips, score };
}

function why(
  system: System,
  numbers: Float64Array,
  r: Ranked,
  sums: string,
  confidence: Confidence,
  others: number,
  locale: Locale,
): string {
  const zh = locale === 'zh';
  const { cells, values } = r.fix;
  const names = cells.map((c) => shortCell(system.plan, c, locale));
  const changes = cells.map((c, k) => {
    const was = num(numbers[c] as number);
    const to = num(values[k] as number);
    const name = cells.length > 1 ? (names[k] as string) : '';
    return zh ? `${name}由 ${was} 改为 ${to}` : `${name ? `${name} ` : ''}from ${was} to ${to}`;
  });
  if (cells.length > MAX_CELLS) return manyTotals(names, changes, sums, locale);
  const slips = [
    ...new Set(
      r.slips
        .map((slip, k) => slipText(slip, numbers[cells[k] as number] as number, values[k] as number, locale))
        .filter(Boolean),
    ),
  ];
  const because = slips.length ? (zh ? `（${slips.join('；')}）` : ` (${slips.join('; ')})`) : '';
  const list = zh ? changes.join('、') : changes.join(' and ');
  const who = zh ? names.join('和') : names.join(' and ');
  if (confidence === 'certain')
    return zh
      ? `可能是${who}填错：${list} 后，${sums}均相符；只有这一处、这一个数能让它们都相符${because}。`
      : `${who} is probably wrong: changing it ${list} makes ${sums} hold, and no other single change does${because}.`;
  if (confidence === 'ambiguous')
    return zh
      ? `若${cells.length > 1 ? '' : names[0]}${list} 后，${sums}均相符${because}；${others >= 0 ? `另有 ${others} 种同样小的改动也相符，` : ''}现有数字无法区分是哪一处填错。`
      : `Changing ${cells.length > 1 ? list : `${names[0]} ${list}`} makes ${sums} hold${because}; ${others >= 0 ? `${others} other changes as small do too, and ` : ''}the figures cannot tell which cell is wrong.`;
  return zh
    ? `可能是${who}填错${because}：${list} 后，${sums}均相符${others > 0 ? `；另有 ${others} 种同样小的改动也相符，但不像常见笔误` : ''}。`
    : `${who} ${cells.length > 1 ? 'are' : 'is'} probably wrong${because}: changing ${cells.length > 1 ? list : `it ${list}`} makes ${sums} hold${others > 0 ? `; ${others} other changes as small do too, but none looks like a common slip` : ''}.`;
}

/** A whole 总计 column or row left 0: too many cells to list, one slip to name. */
function manyTotals(names: string[], changes: string[], sums: string, locale: Locale): string {
  const shown = changes.slice(0, 3);
  return locale === 'zh'
    ? `${names.length} 个合计填成了 0，而各分项已填：按分项算出填入（${shown.join('、')} 等）后，${sums}均相符。`
    : `${names.length} totals were left 0 while their parts are filled in: with the totals their parts add up to (${shown.join(', ')}, …), ${sums} hold.`;
}

function nothing(sums: string, locale: Locale): Suspect {
  return {
    cells: [],
    values: [],
    was: [],
    confidence: 'none',
    why:
      locale === 'zh'
        ? `要让${sums}都相符，至少要改动 ${MAX_CELLS + 1} 处数字，无法据此推断哪一处填错。`
        : `At least ${MAX_CELLS + 1} figures would have to change for ${sums} to hold: too many to say which is wrong.`,
  };
}
