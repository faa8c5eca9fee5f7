import type { Input } from '../inputs/input.js';
import type { BatchResult } from './process.js';

/** Runs batches of inputs somewhere (worker threads, or this thread) and gives back their results. */
export interface Executor {
  run(inputs: Input[]): Promise<BatchResult>;
  close(): Promise<void>;
}
