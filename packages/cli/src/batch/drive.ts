import type { Input } from '../inputs/input.js';
import type { Executor } from './executor.js';
import type { BatchResult } from './process.js';
import { raceAborted } from './until-aborted.js';

/** How long the next input may keep work waiting before that work is sent off anyway. */
const IDLE_MS = 100;

function idleTimer(ms: number): { promise: Promise<'idle'>; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<'idle'>((resolve) => {
    timer = setTimeout(resolve, ms, 'idle');
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

export interface DriveOptions {
  /** The work in a batch, in units of one report JSON (see `weight`). */
  batchSize: number;
  /** How much work an input is, next to a report JSON (1 when not given). */
  weight?: (input: Input) => number;
  /** Batches handed out and not yet written; bounds memory however many inputs there are. */
  maxInFlight: number;
  signal?: AbortSignal;
  /** Called for each batch's result, in input order; awaited, so a slow output slows the reading. */
  onResult: (result: BatchResult, inputs: readonly Input[]) => void | Promise<void>;
  /** Milliseconds to wait for more input before sending off a partial batch (100). */
  idleMs?: number;
  /** Called with the number of inputs taken, for the progress bar. */
  onInputs?: (count: number) => void;
  /** Called once every input has been taken (the walk is over), for the progress bar's total. */
  onInputsEnd?: () => void;
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
  const queue: { inputs: Input[]; result: Promise<BatchResult> }[] = [];
  const send = (inputs: Input[]) => queue.push({ inputs, result: executor.run(inputs) });
  const writeOldest = async () => {
    const { inputs, result } = queue.shift() as (typeof queue)[number];
    await options.onResult(await result, inputs);
  };
  let batch: Input[] = [];
  let work = 0;
  const aborted = () => options.signal?.aborted === true;
  const iterator = inputs[Symbol.asyncIterator]();
  let pending: Promise<IteratorResult<Input[]>> | undefined;
  reading: for (;;) {
    pending ??= iterator.next();
    // With work held back, waiting long for the next input (a pipe fed slowly) first sends that work
    // off and writes what is done, so streamed reports are answered as they come.
    const idle = batch.length > 0 || queue.length > 0 ? idleTimer(options.idleMs ?? IDLE_MS) : undefined;
    const next = await raceAborted<IteratorResult<Input[]> | 'idle'>(
      idle ? [pending, idle.promise] : [pending],
      options.signal,
    );
    idle?.cancel();
    if (next === 'idle') {
      if (batch.length > 0) send(batch);
      batch = [];
      work = 0;
      while (queue.length > 0) {
        await writeOldest();
        if (aborted()) break reading;
      }
      continue;
    }
    pending = undefined;
    if (next !== 'stop' && next.done) options.onInputsEnd?.();
    if (next === 'stop' || next.done || aborted()) break;
    options.onInputs?.(next.value.length);
    for (const input of next.value) {
      batch.push(input);
      work += options.weight?.(input) ?? 1;
      if (work < options.batchSize) continue;
      send(batch);
      batch = [];
      work = 0;
      // Results are written in order, so wait on the oldest batch; the others keep their workers busy meanwhile.
      while (queue.length >= options.maxInFlight) {
        await writeOldest();
        if (aborted()) break reading;
      }
    }
  }
  if (aborted()) void iterator.return?.();
  if (batch.length > 0 && !aborted()) send(batch);
  while (queue.length > 0) await writeOldest();
  return { interrupted: aborted() };
}
