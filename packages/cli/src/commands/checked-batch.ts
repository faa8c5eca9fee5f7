import type { TaskConfig } from '../batch/config.js';
import { type RunOptions, runChecks } from '../batch/run.js';
import { emptyTally, type Tally } from '../batch/tally.js';
import type { Io } from '../io.js';
import { formatSummary } from '../output/summary.js';
import { batchInputs, type pairingOptions, readRenames } from './paired-inputs.js';
import { type batchOptions, workersOption } from './workers.js';

type Flag<T> = T extends { type: 'boolean' } ? boolean : string;
/** The parsed values of the batch and pairing options both commands take. */
export type BatchValues = Partial<{
  [K in keyof typeof batchOptions | keyof typeof pairingOptions]: Flag<
    (typeof batchOptions & typeof pairingOptions)[K]
  >;
}>;

/**
 * The checks `validate` and `stats` share: renames read, inputs paired with their previous years, every
 * report checked with each result handed to `onResult`. A Ctrl-C while pairing writes the empty summary to
 * `summary` and gives `undefined`; otherwise the counts and whether Ctrl-C cut the checks short.
 */
export async function checkedBatch(options: {
  values: BatchValues;
  positionals: string[];
  io: Io;
  config: TaskConfig;
  summary: Io['stdout'];
  onResult: RunOptions['onResult'];
}): Promise<{ tally: Tally; interrupted: boolean } | undefined> {
  const { values, io, config } = options;
  const renames = await readRenames(values.renames, io.cwd, config.locale);
  if (renames) config.renames = renames;
  const workers = workersOption(values.workers, config.locale);
  const progress = values['no-progress'] !== true;
  const paired = await batchInputs({
    positionals: options.positionals,
    io,
    config,
    pair: values['no-pair'] !== true,
    ...(workers === undefined ? {} : { workers }),
    progress,
  });
  if (paired.interrupted) {
    options.summary.write(
      formatSummary(emptyTally(), { locale: config.locale, color: false, interrupted: true }),
    );
    return undefined;
  }
  const { tally, interrupted } = await runChecks({
    config,
    io,
    inputs: paired.inputs,
    ...(workers === undefined ? {} : { workers }),
    progress,
    onResult: options.onResult,
  });
  return { tally, interrupted };
}
