/** The batch driver: input order kept whatever order batches finish in; Ctrl-C stops taking inputs. */
import { describe, expect, test } from 'vitest';
import { drive } from '../src/batch/drive.js';
import type { Executor } from '../src/batch/executor.js';
import type { BatchResult } from '../src/batch/process.js';
import { emptyTally } from '../src/batch/tally.js';
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
});
