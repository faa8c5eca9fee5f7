/**
 * Benchmark helpers that time whole processes, the way an evaluator runs the command: start-up included,
 * and the peak resident memory of each (from /usr/bin/time when present, else the child's own report).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/gongkai.js', import.meta.url));
const readRun = fileURLToPath(new URL('./read-run.mjs', import.meta.url));
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function timed(args, cwd, worst = 1) {
  const command = TIME ? TIME : process.execPath;
  const argv = TIME ? ['-f', 'maxrss_kb=%M', process.execPath, ...args] : args;
  // Output to /dev/null, as `> /dev/null` would: collected here, 100,000 reports' NDJSON is more than a
  // string can hold, and buffering it would load the machine being measured.
  const devNull = openSync('/dev/null', 'w');
  const start = performance.now();
  const r = spawnSync(command, argv, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', devNull, 'pipe'],
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const ms = performance.now() - start;
  closeSync(devNull);
  if (r.status !== null && r.status > worst)
    throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-500)}`);
  const rss = Number(r.stderr.match(/maxrss_kb=(\d+)/)?.[1] ?? Number.NaN) / 1024;
  return { ms, rssMb: rss, stderr: r.stderr };
}

/**
 * `gongkai validate <dir> …` in its own process; stdout to /dev/null. NDJSON unless `json` is false (the
 * grouped lines for people, as an evaluator reads them).
 */
export function validateProcess(dir, extra = [], { unreadable = false, json = true } = {}) {
  // Exit 2 says some files could not be read: expected of a folder holding scans.
  const format = json ? ['--json'] : [];
  return timed([bin, 'validate', dir, ...format, '--no-progress', ...extra], dir, unreadable ? 2 : 1);
}

/** The floor in its own process: walk, read and JSON.parse every file (start-up included). */
export function readAndParseProcess(dir) {
  return timed([readRun, dir], dir);
}
