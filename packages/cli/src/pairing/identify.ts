import type { TaskConfig } from '../batch/config.js';
import type { Input } from '../inputs/input.js';
import { readInput } from '../inputs/read.js';
import { bodyIdentity } from './identity.js';
import type { YearOf } from './index.js';

/**
 * Reads one input for the first pass of pairing: who and which year (undefined when unreadable). Only
 * those few strings travel back to the main thread, which keeps the input's name and path itself.
 */
export async function identifyInput(input: Input, config: TaskConfig): Promise<YearOf | undefined> {
  const read = await readInput(input, config.locale);
  if (!read.ok) return undefined;
  const { agency, year } = read.result.report;
  return { ...bodyIdentity(agency.name, agency.regionCode, renamesMap(config)), year };
}

const maps = new WeakMap<Record<string, string>, Map<string, string>>();

/** The renames as a map, built once per config. */
function renamesMap(config: Pick<TaskConfig, 'renames'>): Map<string, string> | undefined {
  const renames = config.renames;
  if (!renames) return undefined;
  let map = maps.get(renames);
  if (!map) {
    map = new Map(Object.entries(renames));
    maps.set(renames, map);
  }
  return map;
}
