/** Benchmark floor as a process: walks a folder of folders, reads and JSON.parses every file. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
let n = 0;
for (const folder of readdirSync(dir).sort()) {
  for (const file of readdirSync(join(dir, folder)).sort()) {
    JSON.parse(readFileSync(join(dir, folder, file), 'utf8'));
    n++;
  }
}
process.stdout.write(`${n}\n`);
