/** Worker thread entry: checks the batches the main thread sends, with the config it was started with. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Input } from '../inputs/input.js';
import type { TaskConfig } from './config.js';
import { encodeOutput, processBatch } from './process.js';

const config = workerData as TaskConfig;

parentPort?.on('message', async (message: { id: number; inputs: Input[] }) => {
  try {
    const lines: string[] = [];
    const { result, transfer } = encodeOutput(await processBatch(message.inputs, config, lines), lines);
    parentPort?.postMessage({ id: message.id, result }, transfer);
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: String((error as Error)?.message ?? error) });
  }
});
