import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Input } from '../inputs/input.js';
import { extensionOf } from '../inputs/kinds.js';
import type { Io } from '../io.js';
import { progressBar } from '../output/progress.js';
import type { TaskConfig } from './config.js';
import { drive } from './drive.js';
import type { Executor } from './executor.js';
import { inlineExecutor } from './inline.js';
import { workerPool } from './pool.js';
import type { BatchResult } from './process.js';
import { addTally, emptyTally, type Tally } from './tally.js';
import { raceAborted } from './until-aborted.js';

export interface RunOptions {
  config: TaskConfig;
  /** The inputs, in chunks as they are found (a folder's files, an NDJSON line). */
  inputs: AsyncIterable<Input[]>;
  io: Io;
  /** Worker threads; 0 checks in this thread; unset: one per core, or none for a handful of files. */
  workers?: number;
  /** Where the worker entry is (the built `worker.js` beside this module by default). */
  workerUrl?: URL;
  progress?: boolean;
  /** Each batch's result, in input order, with the inputs it is for. */
  onResult: (result: BatchResult, inputs: readonly Input[]) => void | Promise<void>;
}

/** Fewer inputs than this are checked in this thread: starting workers would take longer than the work. */
const INLINE_BELOW = 64;
// Big enough that messages between threads cost little next to the work (fewer, larger batches were
// measurably faster on 2 cores), small enough that Ctrl-C is answered within a fraction of a second.
const BATCH_SIZE = 64;
/**
 * A PDF or an Office file takes a hundred times as long as a report JSON or more (pdf.js, unzipping): a
 * batch holds a few of them, so that the workers share a province of PDFs evenly (64 in one batch left one
 * of two workers idle for most of a 100-PDF run).
 */
const HEAVY = new Set(['pdf', 'docx', 'xlsx']);
function weightOf(input: Input): number {
  return HEAVY.has(extensionOf(input.path ?? input.name)) ? BATCH_SIZE / 4 : 1;
}
/** How long the look-ahead waits for more input before deciding (a pipe that is slow to fill). */
const LOOK_AHEAD_MS = 200;

/** Checks every input, spread over worker threads; returns the counts and whether Ctrl-C cut it short. */
export async function runChecks(
  options: RunOptions,
): Promise<{ tally: Tally; interrupted: boolean; workers: number }> {
  const { io, config } = options;
  const iterator = options.inputs[Symbol.asyncIterator]();
  // Look ahead a little: one file (the clerk's case) should not pay for starting a pool.
  const head: Input[][] = [];
  let seen = 0;
  let ended = false;
  const deadline = new Promise<'late'>((resolve) => setTimeout(resolve, LOOK_AHEAD_MS, 'late').unref());
  let pending: Promise<IteratorResult<Input[]>> | undefined;
  while (seen < INLINE_BELOW) {
    pending ??= iterator.next();
    const next = await raceAborted<IteratorResult<Input[]> | 'late'>([pending, deadline], io.interrupted);
    if (next === 'stop' || next === 'late') break;
    pending = undefined;
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    seen += next.value.length;
  }
  const url = options.workerUrl ?? new URL('./worker.js', import.meta.url);
  const wanted = options.workers ?? (ended ? 0 : availableParallelism());
  // Under the test runner the sources are TypeScript, which a worker thread cannot load: check inline there.
  const workers = wanted > 0 && existsSync(fileURLToPath(url)) ? wanted : 0;
  const executor: Executor = workers > 0 ? workerPool(workers, config, url) : inlineExecutor(config);

  const progress = progressBar(io, config.locale, options.progress !== false);
  const tally = emptyTally();
  async function* all(): AsyncGenerator<Input[]> {
    yield* head;
    // A next() the look-ahead stopped waiting for is still owed its answer.
    if (pending) {
      const next = await pending;
      if (next.done) return;
      yield next.value;
    }
    if (!ended) yield* { [Symbol.asyncIterator]: () => iterator };
  }
  try {
    const { interrupted } = await drive(all(), executor, {
      batchSize: BATCH_SIZE,
      weight: weightOf,
      maxInFlight: Math.max(2, workers * 4),
      ...(io.interrupted ? { signal: io.interrupted } : {}),
      onInputs: (count) => progress.found(count),
      onInputsEnd: () => progress.foundAll(),
      onResult: async (result, inputs) => {
        addTally(tally, result.tally);
        if (result.text.length > 0) progress.clear();
        await options.onResult(result, inputs);
        progress.done(result.tally.files);
      },
    });
    return { tally, interrupted, workers };
  } finally {
    progress.stop();
    await executor.close();
    // Not awaited: after Ctrl-C the walk may be waiting on a slow read, which need not finish.
    void iterator.return?.();
  }
}
