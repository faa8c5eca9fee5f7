import type { Locale } from '@gongkai/schema';
import cliProgress from 'cli-progress';
import type { Io } from '../io.js';

/**
 * A progress bar on stderr, shown only on a terminal. While folders are still being walked it says how
 * many files are checked and how many found so far, with no percentage (one that went backwards as
 * folders turned up would mislead); once every input is found, the share done and the time left.
 */
export interface Progress {
  found(count: number): void;
  /** Every input has been found: the total is final, so a percentage and an ETA mean something. */
  foundAll(): void;
  done(count: number): void;
  /** Clears the bar's line so that output written now starts on a clean line. */
  clear(): void;
  stop(): void;
}

const none: Progress = { found() {}, foundAll() {}, done() {}, clear() {}, stop() {} };

/** The bar, or a no-op where it would only be noise (pipes, files, CI logs). */
export function progressBar(io: Io, locale: Locale, enabled: boolean): Progress {
  if (!enabled || !io.stderr.isTTY || io.env.CI) return none;
  const en = locale === 'en';
  const finding = en
    ? '{bar} {value} files checked · {total} found, still looking… · {duration_formatted}'
    : '{bar} 已检查 {value} 份 · 已找到 {total} 份，仍在查找… · {duration_formatted}';
  const counting = en
    ? '{bar} {value}/{total} files · {percentage}% · {duration_formatted} · about {eta_formatted} left'
    : '{bar} {value}/{total} 份 · {percentage}% · 用时 {duration_formatted} · 约剩 {eta_formatted}';
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr,
      format: (options, params, payload: { all?: boolean }) =>
        cliProgress.Format.Formatter(
          { ...options, format: payload.all ? counting : finding },
          params,
          payload,
        ),
      hideCursor: true,
      clearOnComplete: true,
      fps: 10,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let total = 0;
  let value = 0;
  let started = false;
  return {
    found(count) {
      total += count;
      if (!started) {
        bar.start(total, 0, { all: false });
        started = true;
      } else bar.setTotal(total);
    },
    foundAll() {
      if (started) bar.update(value, { all: true });
    },
    done(count) {
      value += count;
      if (started) bar.update(value);
    },
    clear() {
      if (started) io.stderr.write('\r\x1b[2K');
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
