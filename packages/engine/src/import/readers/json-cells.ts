import {
  formatsOf,
  layoutOf,
  parseReport,
  type Report,
  type SchemaProblem,
  setCell,
  splitAddress,
} from '@gongkai/schema';

/** Problems that concern one cell's value only: the rest of the report can still be checked. */
const CELL_VALUE_CODES = new Set<SchemaProblem['code']>(['not-a-number', 'not-whole', 'negative']);

/**
 * A report whose only schema problems are cell values (a −3, a 2.5 requests, the text "无"): the report
 * with those values kept as found, so that `validate` reports each as a located `cell.invalid` and checks
 * everything else. Undefined when anything else is wrong, or when a blank in their place would not parse.
 * The report it returns is not schema-valid at those cells: it is for checking, not for storing.
 */
export function reportWithInvalidCells(
  data: unknown,
  problems: readonly SchemaProblem[],
): Report | undefined {
  if (problems.length === 0 || typeof data !== 'object' || data === null) return undefined;
  if (!problems.every((p) => CELL_VALUE_CODES.has(p.code))) return undefined;
  const copy = structuredClone(data) as Report;
  let layout: ReturnType<typeof layoutOf>;
  try {
    layout = layoutOf(formatsOf(copy));
  } catch {
    return undefined;
  }
  const found = new Map<string, unknown>();
  for (const p of problems) {
    if (!layout.cellByAddress.has(p.path)) return undefined;
    found.set(p.path, rawValue(copy, p.path));
    setCell(copy, p.path, null);
  }
  const parsed = parseReport(copy);
  if (!parsed.success) return undefined;
  // Put back as found: the checks read raw values and say what is wrong with each.
  for (const [path, value] of found) setCell(parsed.report, path, value as number);
  return parsed.report;
}

/** The value at an address as found, whatever its type (the schema's getCell only returns cells). */
function rawValue(target: unknown, address: string): unknown {
  let node = target;
  for (const segment of splitAddress(address)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
