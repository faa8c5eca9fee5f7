import type { Locale } from '@gongkai/schema';
import type { TaskConfig } from '../batch/config.js';
import { runChecks } from '../batch/run.js';
import { expandInputs } from '../inputs/expand.js';
import { type Io, write } from '../io.js';
import { wantsColor } from '../output/colors.js';
import { formatSummary } from '../output/summary.js';
import { commandArgs } from './command-args.js';
import { exitCodeOf } from './exit-code.js';
import { readPrevious } from './previous.js';
import { batchOptions, workersOption } from './workers.js';

const options = {
  previous: { type: 'string' },
  json: { type: 'boolean' },
  info: { type: 'boolean' },
  ...batchOptions,
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
  const workers = workersOption(values.workers, locale);
  const { tally, interrupted } = await runChecks({
    config,
    io,
    inputs: expandInputs(positionals, io.cwd, locale),
    ...(workers === undefined ? {} : { workers }),
    progress: values['no-progress'] !== true,
    onResult: (result) => write(io.stdout, result.text),
  });
  // With --json stdout stays pure NDJSON: the summary goes to stderr.
  const summaryStream = json ? io.stderr : io.stdout;
  summaryStream.write(
    formatSummary(tally, { locale, color: wantsColor(summaryStream, io.env), interrupted }),
  );
  return exitCodeOf(tally, interrupted);
}
