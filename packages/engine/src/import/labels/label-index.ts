import {
  type ColumnDef,
  FORMAT_VERSIONS,
  type FormatVersion,
  type RowNode,
  type RowPlacement,
  rowsOf,
  type SectionId,
  sections,
  TABLE_IDS,
  type TableDef,
  type TableId,
  tableDef,
} from '@gongkai/schema';
import { labelKey } from '../lines/normalize.js';
import { bigrams } from './similarity.js';

/** A row of the catalogue as the importer looks it up: one entry per address, over both formats. */
export interface RowEntry {
  table: TableId;
  /** `withheld.stateSecret` */
  path: string;
  /** Formats whose table has this row. */
  versions: FormatVersion[];
  /** The official label (zh), for messages. */
  label: string;
  keys: LabelKey[];
  /** `applications.withheld.stateSecret`: the row's address, built once. */
  address: string;
  /**
   * Per format: the row's printed sub-table and its columns, as placing a row's figures needs them. Fields,
   * not `'2021'`/`'2019'` keys: integer-like keys give an object slow, sparse storage. Read with `planOf`.
   */
  plans: { v2021?: RowPlan; v2019?: RowPlan };
}

/** The row's plan in one format, or undefined when that format's table has no such row. */
export function planOf(entry: RowEntry, version: FormatVersion): RowPlan | undefined {
  return version === '2021' ? entry.plans.v2021 : entry.plans.v2019;
}

/** A row's columns in one format, looked up once per catalogue row instead of once per imported row. */
export interface RowPlan {
  block: number;
  columns: readonly ColumnDef[];
  /** Column keys in printed order. */
  keys: readonly string[];
  /** Whether the last printed column is the row's total (figures glued together are split by it). */
  totalLast: boolean;
  /** The row's place among its table's rows in a blank report (`Blank.slotOf`), once looked up; -1 before. */
  slot: number;
}

/** One way a label may be printed: the official label, an alias, or the English label. */
export interface LabelKey {
  key: string;
  grams: Set<string>;
  via: 'label' | 'alias';
}

export interface ColumnEntry {
  table: TableId;
  version: FormatVersion;
  block: number;
  column: ColumnDef;
  keys: LabelKey[];
  /** Whether this header is printed only in this format (本年制发件数 is 2021's, 本年新制作数量 2019's). */
  exclusive: boolean;
}

/** Labels that belong to a table but hold no figures: groups, sub-table headings, the printed note. */
export interface FixtureEntry {
  table: TableId;
  kind: 'group' | 'blockHeading' | 'note' | 'columnGroup' | 'stub';
  /** Index of the sub-table, for block headings (第二十条第（五）项). */
  block?: number;
  /** Column-group id, for column groups. */
  group?: string;
  keys: LabelKey[];
}

export interface SectionEntry {
  id: SectionId;
  ordinal: string;
  keys: LabelKey[];
}

function keyOf(text: string, via: LabelKey['via']): LabelKey {
  const key = labelKey(text);
  return { key, grams: bigrams(key), via };
}

function keysOf(zh: string, aliases: readonly string[] | undefined, en?: string): LabelKey[] {
  const out = [keyOf(zh, 'label'), ...(aliases ?? []).map((a) => keyOf(a, 'alias'))];
  if (en) out.push(keyOf(en, 'alias'));
  return out.filter((k, i) => k.key !== '' && out.findIndex((o) => o.key === k.key) === i);
}

/** Every label of the catalogue, indexed for the importer. Built once from the schema's data. */
export interface LabelIndex {
  rows: RowEntry[];
  /** Exact key → rows printed with it. */
  rowByKey: Map<string, RowEntry[]>;
  columns: ColumnEntry[];
  columnByKey: Map<string, ColumnEntry[]>;
  fixtures: FixtureEntry[];
  fixtureByKey: Map<string, FixtureEntry[]>;
  sections: SectionEntry[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

function buildIndex(): LabelIndex {
  const rows: RowEntry[] = [];
  const columns: ColumnEntry[] = [];
  const fixtures: FixtureEntry[] = [];
  for (const table of TABLE_IDS) {
    for (const version of FORMAT_VERSIONS) {
      const def = tableDef(table, version);
      for (const placement of rowsOf(def)) {
        const path = placement.path.join('.');
        let entry = rows.find((r) => r.table === table && r.path === path);
        if (!entry) {
          entry = {
            table,
            path,
            versions: [],
            label: placement.row.label.zh,
            keys: [],
            address: `${table}.${path}`,
            plans: {},
          };
          rows.push(entry);
        }
        entry.versions.push(version);
        const columns = def.blocks[placement.block]?.columns ?? [];
        entry.plans[version === '2021' ? 'v2021' : 'v2019'] = {
          block: placement.block,
          columns,
          keys: columns.map((c) => c.key),
          totalLast: columns[columns.length - 1]?.isTotal === true,
          slot: -1,
        };
        for (const k of keysOf(placement.row.label.zh, placement.row.aliases, placement.row.label.en)) {
          if (!entry.keys.some((o) => o.key === k.key)) entry.keys.push(k);
        }
      }
      def.blocks.forEach((block, i) => {
        for (const column of block.columns) {
          columns.push({
            table,
            version,
            block: i,
            column,
            keys: keysOf(column.label.zh, column.aliases, column.label.en),
            exclusive: false,
          });
        }
        for (const group of block.columnGroups ?? []) {
          fixtures.push({ table, kind: 'columnGroup', group: group.id, keys: keysOf(group.label.zh, []) });
        }
        if (block.stubHeader?.zh)
          fixtures.push({ table, kind: 'stub', keys: keysOf(block.stubHeader.zh, []) });
        if (block.heading) {
          fixtures.push({ table, kind: 'blockHeading', block: i, keys: keysOf(block.heading.zh, []) });
        }
        const walk = (nodes: readonly RowNode[]) => {
          for (const node of nodes) {
            if (node.kind === 'group') {
              fixtures.push({ table, kind: 'group', keys: keysOf(node.label.zh, node.aliases) });
              walk(node.children);
            }
          }
        };
        walk(block.rows);
      });
      for (const group of def.rowGroups ?? []) {
        fixtures.push({ table, kind: 'columnGroup', keys: keysOf(group.label.zh, []) });
      }
      if (def.note) fixtures.push({ table, kind: 'note', keys: keysOf(def.note.zh, []) });
    }
  }
  for (const c of columns) {
    const others = columns.filter((o) => o.table === c.table && o.version !== c.version);
    c.exclusive = !c.keys.some((k) => others.some((o) => o.keys.some((ok) => ok.key === k.key)));
  }
  const rowByKey = new Map<string, RowEntry[]>();
  for (const r of rows) for (const k of r.keys) push(rowByKey, k.key, r);
  const columnByKey = new Map<string, ColumnEntry[]>();
  for (const c of columns) for (const k of c.keys) push(columnByKey, k.key, c);
  const fixtureByKey = new Map<string, FixtureEntry[]>();
  for (const f of fixtures) for (const k of f.keys) push(fixtureByKey, k.key, f);
  const sectionEntries = sections.map((s) => ({
    id: s.id,
    ordinal: s.ordinal,
    keys: keysOf(s.title.zh, s.aliases, s.title.en),
  }));
  return { rows, rowByKey, columns, columnByKey, fixtures, fixtureByKey, sections: sectionEntries };
}

let index: LabelIndex | undefined;

/** The label index (built on first use). */
export function labelIndex(): LabelIndex {
  index ??= buildIndex();
  return index;
}

const placementCache = new WeakMap<TableDef, RowPlacement[]>();

/** `rowsOf`, computed once per table definition. */
export function placementsOf(def: TableDef): RowPlacement[] {
  let rows = placementCache.get(def);
  if (!rows) {
    rows = rowsOf(def);
    placementCache.set(def, rows);
  }
  return rows;
}
