import type { Report } from '@gongkai/schema';
import type { TaskConfig } from '../batch/config.js';
import type { Input } from '../inputs/input.js';
import { readInput } from '../inputs/read.js';
import { bodyIdentity } from './identity.js';
import type { Identified } from './index.js';

/** Reads one input for the first pass of pairing: who and which year (undefined when unreadable). */
export async function identifyInput(input: Input, config: TaskConfig): Promise<Identified | undefined> {
  const read = await readInput(input, config.locale);
  if (!read.ok) return undefined;
  return identified(input, read.result.report, config);
}

function identified(input: Input, report: Report, config: TaskConfig): Identified {
  const { agency, year } = report;
  // Only what reads the input again travels back: not a pairing an earlier run attached.
  const again: Input = input.text !== undefined ? { name: input.name, text: input.text } : { ...input };
  delete again.pairing;
  return {
    ...bodyIdentity(agency.name, agency.regionCode, renamesMap(config)),
    name: input.name,
    year,
    agency: agency.name,
    input: again,
  };
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
