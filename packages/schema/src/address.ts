import type { Cell } from './table-shape.js';

/** A cell address as segments: `applications.withheld.stateSecret.naturalPerson`. */
export function splitAddress(address: string): string[] {
  return address.split('.');
}

/** Reads the value at an address of a report (or any nested object); `undefined` when there is no such cell. */
export function getCell(target: unknown, address: string): Cell | undefined {
  let node: unknown = target;
  for (const segment of splitAddress(address)) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return typeof node === 'number' || node === null ? node : undefined;
}

/** Writes a value at an address, creating the nested objects on the way. Mutates `target`. */
export function setCell(target: object, address: string, value: Cell): void {
  const segments = splitAddress(address);
  const last = segments.pop();
  if (last === undefined) return;
  let node = target as Record<string, unknown>;
  for (const segment of segments) {
    const next = node[segment];
    if (next === null || typeof next !== 'object') node[segment] = {};
    node = node[segment] as Record<string, unknown>;
  }
  node[last] = value;
}
