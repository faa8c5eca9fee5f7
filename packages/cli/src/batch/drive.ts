import type { Input } from '../inputs/input.js';
import type { Executor } from './executor.js';
import type { BatchResult } from './process.js';
import { whenAborted } from './until-aborted.js';

export interface DriveOptions {
  batchSize: number;
  /** Batches handed out and not yet written; bounds memory however many inputs there are. */
  maxInFlight: number;
  signal?: AbortSignal;
  /** Called for each batch's result, in input order; awaited, so a slow output slows the reading. */
  onResult: (result: BatchResult) => void | Promise<void>;
  /** Called with the number of inputs taken, for the progress bar. */
  onInputs?: (count: number) => void;
}

/**
 * Streams inputs (in chunks, as they are found) into batches, runs them on the executor, and hands the results back in input order.
 * When the signal fires it stops taking inputs, lets the batches under way finish and be written whole,
 * and reports that it was interrupted.
 */
export async function drive(
  inputs: AsyncIterable<Input[]>,
  executor: Executor,
  options: DriveOptions,
): Promise<{ interrupted: boolean }> {
  const queue: Promise<BatchResult>[] = [];
  let batch: Input[] = [];
  const aborted = () => options.signal?.aborted === true;
  const iterator = inputs[Symbol.asyncIterator]();
  const stop = whenAborted(options.signal);
  reading: for (;;) {
    const next = await Promise.race([iterator.next(), stop]);
    if (next === 'stop' || next.done || aborted()) break;
    options.onInputs?.(next.value.length);
    for (const input of next.value) {
      batch.push(input);
      if (batch.length < options.batchSize) continue;
      queue.push(executor.run(batch));
      batch = [];
      // Results are written in order, so wait on the oldest batch; the others keep their workers busy meanwhile.
      while (queue.length >= options.maxInFlight) {
        await options.onResult(await (queue.shift() as Promise<BatchResult>));
        if (aborted()) break reading;
      }
    }
  }
  if (aborted()) void iterator.return?.();
  if (batch.length > 0 && !aborted()) queue.push(executor.run(batch));
  while (queue.length > 0) await options.onResult(await (queue.shift() as Promise<BatchResult>));
  return { interrupted: aborted() };
}
