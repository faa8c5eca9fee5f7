import type { Tally } from '../batch/tally.js';
import { EXIT } from '../exit-codes.js';

/** The exit code of a run over many inputs: interrupted, then unreadable input, then error findings. */
export function exitCodeOf(tally: Tally, interrupted: boolean): number {
  if (interrupted) return EXIT.interrupted;
  if (tally.broken > 0) return EXIT.usage;
  if (tally.errors > 0) return EXIT.findings;
  return EXIT.ok;
}
