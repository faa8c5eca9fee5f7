import { resolve } from 'node:path';
import { applyCertainFixes, computeTotals, toJson, validate } from '@gongkai/engine';
import type { Locale } from '@gongkai/schema';
import { type Io, write } from '../io.js';
import { writeFileAtomic } from '../output/atomic.js';
import { commandArgs } from './command-args.js';
import { readOne } from './read-one.js';
import { rollForwardCommand } from './roll-forward.js';

const options = {
  output: { type: 'string', short: 'o' },
  fix: { type: 'boolean' },
  'from-previous': { type: 'boolean' },
} as const;

/**
 * `gongkai fill <file> [-o out] [--fix]`: the report with every derivable total filled in; which ones on
 * stderr. With `--fix`, first the certain corrections of failing sums, each noted in the annotations.
 */
export async function fillCommand(argv: string[], io: Io, locale: Locale): Promise<number> {
  const args = commandArgs('fill', argv, io, locale, options);
  if (!args) return 0;
  const { values, positionals } = args;
  if (values['from-previous']) return rollForwardCommand(positionals[0] as string, values.output, io, locale);
  const { report } = await readOne(positionals[0] as string, io, locale);
  const fixed = values.fix ? applyCertainFixes(report, validate(report, { locale }), locale) : undefined;
  const filled = computeTotals(fixed?.report ?? report);
  if (fixed) io.stderr.write(fixedLine(fixed.applied, locale));
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

/** Which certain corrections `--fix` made, one `cell old → new` each. */
function fixedLine(
  applied: readonly { cell: string; was: number | null; value: number }[],
  locale: Locale,
): string {
  const list = applied.map((a) => `${a.cell} ${a.was ?? ''} → ${a.value}`);
  return locale === 'en'
    ? `corrected ${applied.length} cell${applied.length === 1 ? '' : 's'}${list.length ? `: ${list.join(', ')}` : ' (no certain proposal)'}\n`
    : `更正 ${applied.length} 个单元格${list.length ? `：${list.join('、')}` : '（没有确定的建议）'}\n`;
}
