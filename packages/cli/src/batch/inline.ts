import type { Input } from '../inputs/input.js';
import type { TaskConfig } from './config.js';
import type { Executor } from './executor.js';
import { processBatch } from './process.js';

/** Runs every batch in this thread: for a handful of files, where starting workers costs more than it saves. */
export function inlineExecutor(config: TaskConfig): Executor {
  return {
    run: (inputs: Input[]) => processBatch(inputs, config),
    close: async () => {},
  };
}
