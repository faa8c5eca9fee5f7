/** The batch driver: input order kept whatever order batches finish in; Ctrl-C stops taking inputs. */
import { getEventListeners } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { drive } from '../src/batch/drive.js';
import type { Executor } from '../src/batch/executor.js';
import type { BatchResult } from '../src/batch/process.js';
import { emptyTally } from '../src/batch/tally.js';
import { raceAborted } from '../src/batch/until-aborted.js';
import type { Input } from '../src/inputs/input.js';

/** n inputs in chunks of 7, as folders would give them. */
async function* inputs(n: number): AsyncGenerator<Input[]> {
  for (let i = 0; i < n; i += 7) {
    yield Array.from({ length: Math.min(7, n - i) }, (_, j) => ({ name: `f${i + j}` }));
  }
}

/** Finishes batches out of order: later batches sooner. */
function shuffledExecutor(): Executor & { started: number } {
  let started = 0;
  return {
    get started() {
      return started;
    },
    run(batch) {
      started++;
      const delay = Math.max(0, 20 - started * 3);
      const result: BatchResult = {
        text: batch.map((i) => `${i.name}\n`).join(''),
        tally: { ...emptyTally(), files: batch.length },
      };
      return new Promise((resolve) => setTimeout(() => resolve(result), delay));
    },
    close: async () => {},
  };
}

describe('drive', () => {
  test('hands results back in input order, batch by batch, with a partial last batch', async () => {
    const out: string[] = [];
    const r = await drive(inputs(23), shuffledExecutor(), {
      batchSize: 5,
      maxInFlight: 3,
      onResult: (result) => {
        out.push(String(result.text));
      },
    });
    expect(r.interrupted).toBe(false);
    expect(out.join('')).toBe(Array.from({ length: 23 }, (_, i) => `f${i}\n`).join(''));
    expect(out).toHaveLength(5);
  });

  test('weighs heavy inputs: a batch holds as much work, whatever the count of files', async () => {
    const sizes: number[] = [];
    const executor = shuffledExecutor();
    const run = executor.run.bind(executor);
    executor.run = (batch) => {
      sizes.push(batch.length);
      return run(batch);
    };
    const out: string[] = [];
    // Every third input is heavy (a PDF, say): four units of the eight a batch holds.
    await drive(inputs(23), executor, {
      batchSize: 8,
      maxInFlight: 3,
      weight: (input) => (Number(input.name.slice(1)) % 3 === 0 ? 4 : 1),
      onResult: (result) => {
        out.push(String(result.text));
      },
    });
    expect(out.join('')).toBe(Array.from({ length: 23 }, (_, i) => `f${i}\n`).join(''));
    // f0 (4) f1 f2 f3 (4) → 4 inputs; f4 f5 f6 (4) f7 f8 → 5; f9 (4) f10 f11 f12 (4) → 4; …
    expect(sizes.slice(0, 3)).toEqual([4, 5, 4]);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(23);
  });

  test('an abort stops taking inputs; the batches under way are still written whole', async () => {
    const controller = new AbortController();
    const out: string[] = [];
    const executor = shuffledExecutor();
    const r = await drive(inputs(1000), executor, {
      batchSize: 4,
      maxInFlight: 2,
      signal: controller.signal,
      onResult: (result) => {
        out.push(String(result.text));
        if (out.length === 3) controller.abort();
      },
    });
    expect(r.interrupted).toBe(true);
    const lines = out.join('').trimEnd().split('\n');
    expect(lines.length % 4).toBe(0);
    expect(lines.length).toBeLessThan(30);
    expect(lines).toEqual(Array.from({ length: lines.length }, (_, i) => `f${i}`));
  });

  test('an abort while waiting for the next input (a stalled pipe) returns at once', async () => {
    const controller = new AbortController();
    async function* stalled(): AsyncGenerator<Input[]> {
      yield [{ name: 'a' }];
      await new Promise(() => {});
    }
    setTimeout(() => controller.abort(), 20);
    const r = await drive(stalled(), shuffledExecutor(), {
      batchSize: 10,
      maxInFlight: 2,
      signal: controller.signal,
      onResult: () => {},
    });
    expect(r.interrupted).toBe(true);
  });

  test('inputs already written are let go while the run goes on (memory stays flat however many there are)', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    let firstChunk: WeakRef<Input[]> | undefined;
    async function* tracked(): AsyncGenerator<Input[]> {
      for await (const chunk of inputs(700)) {
        firstChunk ??= new WeakRef(chunk);
        yield chunk;
      }
    }
    const controller = new AbortController();
    let collected = false;
    let batches = 0;
    await drive(tracked(), shuffledExecutor(), {
      batchSize: 7,
      maxInFlight: 2,
      signal: controller.signal,
      onResult: async () => {
        // Late in the run, the first chunk is long written: nothing may still hold it.
        if (++batches === 80) {
          await new Promise((resolve) => setImmediate(resolve));
          gc();
          collected = firstChunk?.deref() === undefined;
        }
      },
    });
    expect(batches).toBe(100);
    // Racing each wait against one promise that lived as long as the run kept every chunk read.
    expect(collected).toBe(true);
    // Each wait listened to the signal only while it waited.
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  test('a wait raced against Ctrl-C: the first to settle, or stop', async () => {
    const controller = new AbortController();
    expect(await raceAborted([Promise.resolve(1)], controller.signal)).toBe(1);
    const never = new Promise<number>(() => {});
    const waiting = raceAborted([never], controller.signal);
    controller.abort();
    expect(await waiting).toBe('stop');
    expect(await raceAborted([Promise.resolve(2)], controller.signal)).toBe('stop');
    expect(await raceAborted([Promise.resolve(3)], undefined)).toBe(3);
    await expect(
      raceAborted([Promise.reject(new Error('读不到'))], new AbortController().signal),
    ).rejects.toThrow('读不到');
  });
});
