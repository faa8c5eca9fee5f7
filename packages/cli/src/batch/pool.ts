import { Worker } from 'node:worker_threads';
import type { Input } from '../inputs/input.js';
import type { TaskConfig } from './config.js';
import type { Executor } from './executor.js';
import { type BatchResult, failedBatch } from './process.js';

interface Pending {
  inputs: Input[];
  resolve: (result: BatchResult) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * A fixed pool of worker threads, each loaded once with the engine. A batch goes to the least busy
 * worker; a worker that dies fails only its own batches (reported as unreadable inputs) and is replaced.
 */
export function workerPool(size: number, config: TaskConfig, url: URL): Executor {
  let nextId = 0;
  let closing = false;
  const slots: Slot[] = [];

  const start = (): Slot => {
    const slot: Slot = { worker: new Worker(url, { workerData: config }), pending: new Map() };
    slot.worker.on('message', (message: { id: number; result?: BatchResult; error?: string }) => {
      const job = slot.pending.get(message.id);
      if (!job) return;
      slot.pending.delete(message.id);
      job.resolve(message.result ?? failedBatch(job.inputs, message.error ?? '', config));
    });
    const fail = (reason: string) => {
      for (const job of slot.pending.values()) job.resolve(failedBatch(job.inputs, reason, config));
      slot.pending.clear();
      if (closing) return;
      // Keep the pool at full strength for the batches still to come.
      const index = slots.indexOf(slot);
      if (index >= 0) slots[index] = start();
    };
    slot.worker.on('error', (error) => fail(`${workerDied(config)}: ${error.message}`));
    slot.worker.on('exit', (code) => {
      if (!closing) fail(`${workerDied(config)} (exit ${code})`);
    });
    return slot;
  };

  for (let i = 0; i < size; i++) slots.push(start());

  return {
    run(inputs) {
      const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = nextId++;
      return new Promise((resolve) => {
        slot.pending.set(id, { inputs, resolve });
        slot.worker.postMessage({ id, inputs });
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

function workerDied(config: TaskConfig): string {
  return config.locale === 'en'
    ? 'the worker thread checking this file stopped'
    : '检查此文件的工作线程意外退出';
}
