import { checkedCount, type Tally } from '../batch/tally.js';
import { EXIT } from '../exit-codes.js';

/**
 * The exit code of a run over many inputs: interrupted, then unreadable input or nothing checked at all
 * (a folder of PDFs is no pass), then error findings. Files listed as not checked beside checked
 * reports do not fail the run: the summary names them.
 */
export function exitCodeOf(tally: Tally, interrupted: boolean): number {
  if (interrupted) return EXIT.interrupted;
  if (tally.broken > 0 || checkedCount(tally) === 0) return EXIT.usage;
  if (tally.errors > 0) return EXIT.findings;
  return EXIT.ok;
}
