import type { Locale } from '@gongkai/schema';
import cliProgress from 'cli-progress';
import type { Io } from '../io.js';

/** A progress bar on stderr, shown only on a terminal; its total grows as folders are walked. */
export interface Progress {
  found(count: number): void;
  done(count: number): void;
  /** Clears the bar's line so that output written now starts on a clean line. */
  clear(): void;
  stop(): void;
}

const none: Progress = { found() {}, done() {}, clear() {}, stop() {} };

/** The bar, or a no-op where it would only be noise (pipes, files, CI logs). */
export function progressBar(io: Io, locale: Locale, enabled: boolean): Progress {
  if (!enabled || !io.stderr.isTTY || io.env.CI) return none;
  const unit = locale === 'en' ? 'files' : '份';
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr,
      format: `{bar} {value}/{total} ${unit} · {percentage}% · {duration_formatted}`,
      hideCursor: true,
      clearOnComplete: true,
      fps: 10,
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
        bar.start(total, 0);
        started = true;
      } else bar.setTotal(total);
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
