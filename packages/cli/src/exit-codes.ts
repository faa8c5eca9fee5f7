/** The exit codes every command shares. */
export const EXIT = {
  /** Nothing wrong (no finding is an error). */
  ok: 0,
  /** At least one finding (or import diagnostic) is an error. */
  findings: 1,
  /** Bad usage, or an input that could not be read at all. */
  usage: 2,
  /** Stopped by Ctrl-C (128 + SIGINT), as shells expect. */
  interrupted: 130,
} as const;
