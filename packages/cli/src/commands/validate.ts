import type { Locale } from '@gongkai/schema';
import type { TaskConfig } from '../batch/config.js';
import { EXIT } from '../exit-codes.js';
import { type Io, write } from '../io.js';
import { wantsColor } from '../output/colors.js';
import { formatSummary } from '../output/summary.js';
import { checkedBatch } from './checked-batch.js';
import { commandArgs } from './command-args.js';
import { exitCodeOf } from './exit-code.js';
import { pairingOptions } from './paired-inputs.js';
import { readPrevious } from './previous.js';
import { batchOptions } from './workers.js';

const options = {
  previous: { type: 'string' },
  json: { type: 'boolean' },
  info: { type: 'boolean' },
  ...batchOptions,
  ...pairingOptions,
} as const;

/** `gongkai validate <files|folders…>`: checks every report, prints findings grouped by file, exits 0/1/2. */
export async function validateCommand(argv: string[], io: Io, locale: Locale): Promise<number> {
  const args = commandArgs('validate', argv, io, locale, options);
  if (!args) return 0;
  const { values, positionals } = args;
  const json = values.json === true;
  const color = !json && wantsColor(io.stdout, io.env);
  const config: TaskConfig = {
    mode: 'validate',
    locale,
    format: json ? 'json' : 'human',
    color,
    showInfo: values.info === true,
    ...(values.previous ? { previous: await readPrevious(values.previous, io.cwd, locale) } : {}),
  };
  // With --json stdout stays pure NDJSON: the summary goes to stderr.
  const summaryStream = json ? io.stderr : io.stdout;
  const checked = await checkedBatch({
    values,
    positionals,
    io,
    config,
    summary: summaryStream,
    onResult: (result) => write(io.stdout, result.text),
  });
  if (!checked) return EXIT.interrupted;
  const { tally, interrupted } = checked;
  summaryStream.write(
    formatSummary(tally, { locale, color: wantsColor(summaryStream, io.env), interrupted }),
  );
  return exitCodeOf(tally, interrupted);
}
