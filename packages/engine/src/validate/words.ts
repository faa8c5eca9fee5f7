import {
  cellLabelOf,
  columnLabelOf,
  type Locale,
  rowLabelOf,
  sectionById,
  sectionLabel,
} from '@gongkai/schema';
import type { Plan } from './plan.js';

type Kind = 'cell' | 'row' | 'column';

/**
 * The labels of a plan's cells as messages quote them, computed from the catalogue on first use and
 * kept: a report with 125 blank cells names them on every keystroke.
 */
export class Words {
  private readonly cache: Record<Kind, (string | undefined)[]> = { cell: [], row: [], column: [] };
  private readonly composed = new Map<number, string>();

  constructor(
    readonly plan: Plan,
    readonly locale: Locale,
  ) {}

  /**
   * A message about a set of cells that recurs from one validation to the next (the blank cells of a
   * row), built once per key: the same report is checked again on every edit.
   */
  recurring(key: number, make: () => string): string {
    let text = this.composed.get(key);
    if (text === undefined) {
      text = make();
      if (this.composed.size < 4096) this.composed.set(key, text);
    }
    return text;
  }

  private memo(kind: Kind, index: number, make: () => string): string {
    const texts = this.cache[kind];
    let text = texts[index];
    if (text === undefined) {
      text = make();
      texts[index] = text;
    }
    return text;
  }

  /** 第三部分「1.属于国家秘密」行「自然人」列 / Section 3, row “…”, column “…”. */
  cell(index: number): string {
    return this.memo('cell', index, () => cellLabelOf(this.def(index), this.locale));
  }

  /** The row label, quoted: 「（七）总计」. */
  row(index: number): string {
    return this.memo('row', index, () => this.quote(rowLabelOf(this.def(index), this.locale)));
  }

  /** The column label, quoted: 「法人或其他组织·商业企业」. */
  column(index: number): string {
    return this.memo('column', index, () => this.quote(columnLabelOf(this.def(index), this.locale)));
  }

  /** 第三部分 / Section 3, for the table a cell sits in. */
  part(index: number): string {
    const section = sectionById(this.def(index).table);
    return this.locale === 'zh' ? `第${section.ordinal}部分` : `Section ${section.number}`;
  }

  /** A section as a reader names it: 「六、其他需要报告的事项」 / Section 6 (Other matters to report). */
  section(id: Parameters<typeof sectionLabel>[0]): string {
    const label = sectionLabel(id, this.locale);
    return this.locale === 'zh' ? this.quote(label) : label;
  }

  quote(text: string): string {
    return this.locale === 'zh' ? `「${text}」` : `“${text}”`;
  }

  /**
   * Several rows or columns named as the side of a sum: 「a」, 「a」与「b」之和, 「a」至「b」共 6 项之和
   * (English: “a”, “a” plus “b”, the 6 items “a” to “b”).
   */
  sum(labels: readonly string[]): string {
    const zh = this.locale === 'zh';
    if (labels.length === 1) return labels[0] as string;
    if (labels.length === 2) return zh ? `${labels[0]}与${labels[1]}之和` : `${labels[0]} plus ${labels[1]}`;
    const first = labels[0] as string;
    const last = labels[labels.length - 1] as string;
    return zh
      ? `${first}至${last}共 ${labels.length} 项之和`
      : `the ${labels.length} items ${first} to ${last}`;
  }

  private def(index: number) {
    const cell = this.plan.cells[index];
    if (!cell) throw new Error(`no cell ${index}`);
    return cell;
  }
}

const words = new WeakMap<Plan, Partial<Record<Locale, Words>>>();

/** The cached labels of a plan in a locale. */
export function wordsOf(plan: Plan, locale: Locale): Words {
  let byLocale = words.get(plan);
  if (!byLocale) {
    byLocale = {};
    words.set(plan, byLocale);
  }
  let cached = byLocale[locale];
  if (!cached) {
    cached = new Words(plan, locale);
    byLocale[locale] = cached;
  }
  return cached;
}

/** A number as messages print it: whole numbers as they are, decimals without float noise. */
export function num(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
}
