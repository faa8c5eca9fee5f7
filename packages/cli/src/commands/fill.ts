import { resolve } from 'node:path';
import { computeTotals, toJson } from '@gongkai/engine';
import type { Locale } from '@gongkai/schema';
import { type Io, write } from '../io.js';
import { writeFileAtomic } from '../output/atomic.js';
import { commandArgs } from './command-args.js';
import { readOne } from './read-one.js';

const options = { output: { type: 'string', short: 'o' } } as const;

/** `gongkai fill <file> [-o out]`: the report with every derivable total filled in; which ones on stderr. */
export async function fillCommand(argv: string[], io: Io, locale: Locale): Promise<number> {
  const args = commandArgs('fill', argv, io, locale, options);
  if (!args) return 0;
  const { values, positionals } = args;
  const { report } = await readOne(positionals[0] as string, io, locale);
  const filled = computeTotals(report);
  const json = toJson(filled.report);
  const text = json.endsWith('\n') ? json : `${json}\n`;
  if (values.output) await writeFileAtomic(resolve(io.cwd, values.output), text);
  else await write(io.stdout, text);
  io.stderr.write(
    locale === 'en'
      ? `filled ${filled.derived.length} total${filled.derived.length === 1 ? '' : 's'}${filled.derived.length ? `: ${filled.derived.join(', ')}` : ''}\n`
      : `填入 ${filled.derived.length} 个合计${filled.derived.length ? `：${filled.derived.join('、')}` : ''}\n`,
  );
  return 0;
}
