import { createReadStream, fstat, open, type Stats } from 'node:fs';
import { Socket } from 'node:net';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { promisify } from 'node:util';
import type { Input } from './input.js';

/** The lines of an NDJSON file as inputs named `file:line`, read as a stream (blank lines skipped). */
export async function* ndjsonInputs(path: string, name: string): AsyncGenerator<Input> {
  const lines = createInterface({ input: await openStream(path), crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  try {
    for await (const text of lines) {
      line++;
      if (text.trim() === '') continue;
      yield { name: `${name}:${line}`, text };
    }
  } finally {
    lines.close();
  }
}

/**
 * A file as a stream. A pipe (`<(zcat reports.ndjson.gz)`, a FIFO) is read through the event loop rather
 * than the thread pool: a thread blocked reading a silent pipe would keep the process from exiting after Ctrl-C.
 */
async function openStream(path: string): Promise<Readable> {
  const fd = await promisify(open)(path, 'r');
  const info: Stats = await promisify(fstat)(fd);
  if (info.isFIFO() || info.isSocket()) return new Socket({ fd, readable: true, writable: false });
  return createReadStream('', { fd, encoding: 'utf8' });
}
