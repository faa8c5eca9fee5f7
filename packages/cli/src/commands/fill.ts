import { resolve } from 'node:path';
import { computeTotals, toJson } from '@gongkai/engine';
import type { Locale } from '@gongkai/schema';
import { parse, UsageError } from '../args.js';
import { type Io, write } from '../io.js';
import { writeFileAtomic } from '../output/atomic.js';
import { usage } from './help.js';
import { readOne } from './read-one.js';
import { rollForwardCommand } from './roll-forward.js';

const options = {
  output: { type: 'string', short: 'o' },
  'from-previous': { type: 'boolean' },
} as const;

/** `gongkai fill <file> [-o out]`: the report with every derivable total filled in; which ones on stderr. */
export async function fillCommand(argv: string[], io: Io, locale: Locale): Promise<number> {
  const { values, positionals } = parse(argv, options, locale);
  if (values.help) {
    io.stdout.write(usage('fill', locale));
    return 0;
  }
  if (positionals.length !== 1)
    throw new UsageError(locale === 'en' ? 'name one report to fill' : '请指定一份要填写合计的报告');
  if (values['from-previous']) return rollForwardCommand(positionals[0] as string, values.output, io, locale);
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
