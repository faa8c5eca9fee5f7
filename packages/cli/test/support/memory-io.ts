import { Writable } from 'node:stream';
import type { Io } from '../../src/io.js';

/** Streams that keep what is written, for calling `main` in this process. */
export function memoryIo(cwd: string, env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const sink = (into: string[]) =>
    new Writable({
      write(chunk, _encoding, done) {
        into.push(String(chunk));
        done();
      },
    });
  const io: Io = { stdout: sink(out), stderr: sink(err), cwd, env };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
