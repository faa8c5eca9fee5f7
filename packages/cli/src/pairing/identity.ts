import { placeSuffixes } from '@gongkai/schema';

/**
 * Who a report is by, as far as pairing years goes: the name without the region it sits in (淮安市洪泽区
 * 人民政府 and 洪泽区人民政府 are one body), that region prefix kept apart to tell 南京市鼓楼区 from 福州市
 * 鼓楼区, and the region code when the report gives one.
 */
export interface BodyIdentity {
  /** The name without its region prefix, normalised (full-width forms folded, spaces dropped). */
  short: string;
  /** The region prefix taken off (江苏省淮安市), or '' when the name has none. */
  prefix: string;
  regionCode?: string;
}

/** Names as published: full-width letters and brackets folded (NFKC), spaces of any kind dropped. */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

// Longest first, from the catalogue: 自治区 before 区.
const SUFFIXES = placeSuffixes.map((p) => p.suffix).join('|');
/** A place name (one to eight characters and a suffix) followed by more: the rest must itself be a body's name. */
const LEADING_PLACE = new RegExp(`^(.{1,8}?(?:${SUFFIXES}))(.+)$`);
// What may be left after a region: a place of any tier, a 乡镇 or 街道 included (沭阳县章集镇人民政府).
const PLACE_AHEAD = new RegExp(`^.{1,8}?(?:${SUFFIXES}|镇|乡|街道|苏木)`);

/**
 * The identity of a body by its name and region code. A renamed body (机构改革) is looked up in
 * `renames` first (old name → new name, both as published), so its years follow on.
 */
export function bodyIdentity(
  name: string,
  regionCode?: string,
  renames?: ReadonlyMap<string, string>,
): BodyIdentity {
  let rest = normaliseName(name);
  rest = renames?.get(rest) ?? rest;
  let prefix = '';
  for (;;) {
    const m = LEADING_PLACE.exec(rest);
    // Strip a region only when what is left still starts with a place: 淮安市人民政府 keeps its 淮安市.
    if (!m || !PLACE_AHEAD.test(m[2] as string)) break;
    prefix += m[1] as string;
    rest = m[2] as string;
  }
  return { short: rest, prefix, ...(regionCode ? { regionCode } : {}) };
}

/** Whether two identities with the same short name can be one body: region codes and prefixes do not clash. */
export function sameBody(a: BodyIdentity, b: BodyIdentity): boolean {
  if (a.short !== b.short) return false;
  if (a.regionCode && b.regionCode && a.regionCode !== b.regionCode) return false;
  if (a.prefix && b.prefix && !a.prefix.endsWith(b.prefix) && !b.prefix.endsWith(a.prefix)) return false;
  return true;
}

/**
 * A body as one key, for tables that list bodies (stats' years side by side): its region prefix, short
 * name and region code, so that 南京市鼓楼区 and 福州市鼓楼区 stay two. Over paired years the key is that of
 * the body's earliest report in the run, so that years published with and without the prefix are one row.
 */
export function bodyKey(identity: BodyIdentity): string {
  return `${identity.prefix}${identity.short}${identity.regionCode ? `（${identity.regionCode}）` : ''}`;
}
