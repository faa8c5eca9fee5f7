import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** The largest file read; anything bigger is not a report, and reading it would break the flat memory. */
export const MAX_BYTES = 64 * 1024 * 1024;

// One buffer per thread, reused: most reports are a few KB and fit in one read.
const scratch = Buffer.allocUnsafe(256 * 1024);

/**
 * Reads a whole file synchronously (workers have nothing else to do meanwhile). File-system calls are
 * the largest cost of checking a JSON report, so a regular file that fits the buffer takes three
 * (open, read, close) instead of readFile's four or more; a short read of a regular file is its end.
 * The bytes may be a view of a buffer reused by the next call: decode or copy them before reading again.
 */
export function readFileBytes(path: string, regular = false): Buffer {
  const fd = openSync(path, 'r');
  try {
    if (regular) {
      const n = readSync(fd, scratch, 0, scratch.length, 0);
      if (n < scratch.length) return scratch.subarray(0, n);
    }
    const size = fstatSync(fd).size;
    if (size > MAX_BYTES) throw Object.assign(new Error('too large'), { code: 'EFBIG' });
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.max(64 * 1024, size + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, total);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > MAX_BYTES) throw Object.assign(new Error('too large'), { code: 'EFBIG' });
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}
