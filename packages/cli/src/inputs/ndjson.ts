import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Input } from './input.js';

/** The lines of an NDJSON file as inputs named `file:line`, read as a stream (blank lines skipped). */
export async function* ndjsonInputs(path: string, name: string): AsyncGenerator<Input> {
  const lines = createInterface({
    input: createReadStream(path, { encoding: 'utf8' }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    yield { name: `${name}:${line}`, text };
  }
}
