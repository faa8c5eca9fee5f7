import type { Writable } from 'node:stream';

/** Where a command reads and writes: the process's streams, or test doubles. */
export interface Io {
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  cwd: string;
  env: Record<string, string | undefined>;
  /** Resolves when the user interrupts (Ctrl-C); commands that run long stop at the next batch. */
  interrupted?: AbortSignal;
}

/** The real process's streams, with Ctrl-C wired to an abort signal (a second Ctrl-C exits at once). */
export function processIo(): Io {
  const controller = new AbortController();
  const onSignal = () => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // `gongkai validate … | head`: the reader has gone, so stop quietly, as Unix tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    interrupted: controller.signal,
  };
}

/** Writes and waits for the stream to take it, so large outputs do not pile up in memory. */
export function write(stream: Writable, chunk: string | Uint8Array): Promise<void> | undefined {
  if (stream.write(chunk)) return undefined;
  return new Promise((resolve) => stream.once('drain', resolve));
}
