import { AGENCY_LEVELS } from './catalogue/agency.js';
import { formatsOf, layoutOf, TABLE_IDS, type TableFormats } from './catalogue/index.js';
import { SECTION_IDS } from './catalogue/sections.js';
import { type CellDef, FORMAT_VERSIONS, NARRATIVE_IDS } from './catalogue/types.js';
import { isReportYear, REGION_CODE } from './report-bounds.js';
import type { Report } from './report-schema.js';

/**
 * A fast, conservative check that parsed JSON is a report exactly as `parseReport` would accept it,
 * built from the same catalogue (the layout's cell addresses and value kinds). It only ever says yes
 * when the schema would: anything unusual answers no, and the caller then runs the schema itself,
 * which also explains what is wrong. Checking a whole province is dominated by this step otherwise
 * (the zod schema is general, and about twice the cost of all the rules together).
 */
export function isPlainReport(data: unknown): data is Report {
  if (!isObject(data)) return false;
  for (const key in data) if (!TOP_KEYS.has(key)) return false;
  const d = data as Record<string, unknown>;
  if (!VERSIONS.has(d.formatVersion as string)) return false;
  if (d.tableFormats !== undefined && !isTableFormats(d.tableFormats)) return false;
  const year = d.year as number;
  if (!isReportYear(year)) return false;
  if (!isAgency(d.agency)) return false;
  if (d.title !== undefined && typeof d.title !== 'string') return false;
  if (!isNarrative(d.narrative)) return false;
  if (d.annotations !== undefined && !isStringRecord(d.annotations)) return false;
  if (d.missingSections !== undefined && !isSectionList(d.missingSections)) return false;
  const shape = shapeOf(formatsOf(d as Pick<Report, 'formatVersion' | 'tableFormats'>));
  for (const table of TABLE_IDS) {
    if (!matchesShape(d[table], shape.nodes[table] as Node)) return false;
  }
  return true;
}

// The report's own keys are listed here rather than read off the zod shapes: a key the schema gains
// has no check here yet, and until it has one the fast path must answer no, never yes unchecked.
const TOP_KEYS = new Set([
  'formatVersion',
  'tableFormats',
  'year',
  'agency',
  'title',
  'narrative',
  'activeDisclosure',
  'applications',
  'appeals',
  'annotations',
  'missingSections',
]);
const LEVELS = new Set<string>(AGENCY_LEVELS);
const VERSIONS = new Set<string>(FORMAT_VERSIONS);
const SECTIONS = new Set<string>(SECTION_IDS);
const NARRATIVES = new Set<string>(NARRATIVE_IDS);

/** A table's shape as a tree: inner nodes by key, leaves the kind of value the cell takes. */
type Node = { [key: string]: Node | CellDef['kind'] };

const shapes = new Map<string, { nodes: Record<string, Node> }>();

function shapeOf(formats: TableFormats): { nodes: Record<string, Node> } {
  const key = `${formats.activeDisclosure}/${formats.applications}`;
  let shape = shapes.get(key);
  if (!shape) {
    const nodes: Record<string, Node> = {};
    for (const cell of layoutOf(formats).cells) {
      const path = cell.address.split('.');
      let node = nodes as Node;
      for (const segment of path.slice(0, -1)) {
        node[segment] ??= {};
        node = node[segment] as Node;
      }
      node[path[path.length - 1] as string] = cell.kind;
    }
    shape = { nodes };
    shapes.set(key, shape);
  }
  return shape;
}

function matchesShape(value: unknown, node: Node): boolean {
  if (!isObject(value)) return false;
  let count = 0;
  for (const key in value) {
    const expected = node[key];
    if (expected === undefined || !Object.hasOwn(node, key)) return false;
    const v = (value as Record<string, unknown>)[key];
    if (typeof expected === 'string' ? !fitsCell(v, expected) : !matchesShape(v, expected)) return false;
    count++;
  }
  return count === Object.keys(node).length;
}

function fitsCell(v: unknown, kind: CellDef['kind']): boolean {
  if (v === null) return true;
  if (typeof v !== 'number') return false;
  if (kind === 'amount') return Number.isFinite(v) && v >= 0;
  if (!Number.isSafeInteger(v)) return false;
  return kind === 'signedCount' || v >= 0;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return (
    typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype
  );
}

function isTableFormats(v: unknown): boolean {
  if (!isObject(v)) return false;
  for (const key in v) {
    if (key !== 'activeDisclosure' && key !== 'applications') return false;
    if (v[key] !== undefined && !VERSIONS.has(v[key] as string)) return false;
  }
  return true;
}

function isAgency(v: unknown): boolean {
  if (!isObject(v)) return false;
  for (const key in v) if (key !== 'name' && key !== 'level' && key !== 'regionCode') return false;
  // The schema trims the name; a name with spaces around it is left to the schema to return trimmed.
  if (typeof v.name !== 'string' || v.name.length === 0 || v.name.trim() !== v.name) return false;
  if (v.level !== undefined && !LEVELS.has(v.level as string)) return false;
  if (v.regionCode !== undefined && (typeof v.regionCode !== 'string' || !REGION_CODE.test(v.regionCode)))
    return false;
  return true;
}

function isNarrative(v: unknown): boolean {
  if (!isObject(v)) return false;
  let count = 0;
  for (const key in v) {
    if (!NARRATIVES.has(key)) return false;
    if (typeof v[key] !== 'string') return false;
    count++;
  }
  return count === NARRATIVE_IDS.length;
}

function isStringRecord(v: unknown): boolean {
  if (!isObject(v)) return false;
  for (const key in v) if (typeof v[key] !== 'string') return false;
  return true;
}

function isSectionList(v: unknown): boolean {
  return Array.isArray(v) && v.every((s) => typeof s === 'string' && SECTIONS.has(s));
}
