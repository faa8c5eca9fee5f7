/** Benchmark helper: reads and JSON.parses the files of the folders it is given, in a worker thread. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

let n = 0;
for (const folder of workerData.folders) {
  for (const file of readdirSync(folder).sort()) {
    JSON.parse(readFileSync(join(folder, file), 'utf8'));
    n++;
  }
}
parentPort.postMessage(n);
