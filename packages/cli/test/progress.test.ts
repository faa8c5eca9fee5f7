/** The progress bar shows on a terminal only, and never in CI logs. */
import { Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import type { Io } from '../src/io.js';
import { progressBar } from '../src/output/progress.js';

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  const s = Object.assign(
    new Writable({
      write(chunk, _e, done) {
        chunks.push(String(chunk));
        done();
      },
    }),
    { isTTY, columns: 80, cursorTo: () => true, clearLine: () => true, moveCursor: () => true },
  );
  return { s, text: () => chunks.join('') };
}

function io(isTTY: boolean, env: Record<string, string> = {}) {
  const err = stream(isTTY);
  const out = stream(isTTY);
  return { io: { stdout: out.s, stderr: err.s, cwd: '/', env } as Io, stderr: err.text };
}

describe('progress bar', () => {
  test('on a terminal, while folders are walked: checked and found so far, no percentage', () => {
    const t = io(true);
    const bar = progressBar(t.io, 'zh', true);
    bar.found(10);
    bar.done(4);
    bar.stop();
    expect(t.stderr()).toMatch(/已检查 \d+ 份 · 已找到 10 份，仍在查找…/);
    expect(t.stderr()).not.toMatch(/%/);
  });

  test('once every input is found: the share done and the time left', () => {
    const t = io(true);
    const bar = progressBar(t.io, 'en', true);
    bar.found(10);
    bar.done(4);
    bar.foundAll();
    bar.stop();
    expect(t.stderr()).toMatch(/4\/10 files · 40% · .* · about .* left/);
  });

  test('not on a terminal, in CI, or turned off: nothing', () => {
    for (const [tty, env, enabled] of [
      [false, {}, true],
      [true, { CI: 'true' }, true],
      [true, {}, false],
    ] as const) {
      const t = io(tty, env);
      const bar = progressBar(t.io, 'zh', enabled);
      bar.found(10);
      bar.done(10);
      bar.stop();
      expect(t.stderr()).toBe('');
    }
  });
});
