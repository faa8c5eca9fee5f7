import type { TaskConfig } from '../batch/config.js';
import { runChecks } from '../batch/run.js';
import type { Input } from '../inputs/input.js';
import type { Io } from '../io.js';
import { YearIndex } from './index.js';

/**
 * The first pass of a paired run: every input read once for who and which year it is by, on the
 * workers, into an index of names. Interrupted, it says so and the run stops there.
 */
export async function indexYears(options: {
  config: TaskConfig;
  inputs: AsyncIterable<Input[]>;
  io: Io;
  workers?: number;
  progress: boolean;
}): Promise<{ index: YearIndex; interrupted: boolean }> {
  const index = new YearIndex(options.io.cwd);
  const { interrupted } = await runChecks({
    config: { ...options.config, mode: 'identify' },
    inputs: options.inputs,
    io: options.io,
    ...(options.workers === undefined ? {} : { workers: options.workers }),
    progress: options.progress,
    onResult: (result, batch) => {
      const identities = result.identities ?? [];
      for (let i = 0; i < batch.length; i++) {
        const id = identities[i];
        if (id) index.add(batch[i] as Input, id);
      }
    },
  });
  return { index, interrupted };
}

/**
 * The inputs again, each with last year's report by the same body attached (or why there is none), and
 * with `bodies` (stats, which lists bodies) the key of the body it is by.
 */
export async function* withPrevious(
  inputs: AsyncIterable<Input[]>,
  index: YearIndex,
  bodies = false,
): AsyncGenerator<Input[]> {
  for await (const chunk of inputs) {
    yield chunk.map((input) => {
      const pairing = input.notChecked || input.missing ? undefined : index.previousOf(input.name);
      if (!pairing) return input;
      return bodies ? { ...input, pairing, body: index.bodyOf(input.name) as string } : { ...input, pairing };
    });
  }
}
