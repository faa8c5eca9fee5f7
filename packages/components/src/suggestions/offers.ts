import type { Suspect } from '@gongkai/engine';
import type { Finding } from '../engine/api.js';

/**
 * The proposals a person can adopt in the editor, once each (several findings of one group of sums
 * share one): the first suspect of each finding, when it is certain or likely and about this report.
 */
export function adoptable(findings: readonly Finding[]): Suspect[] {
  const seen = new Set<string>();
  const out: Suspect[] = [];
  for (const f of findings) {
    const top = f.suspects?.[0];
    if (!top || top.report || top.cells.length === 0) continue;
    if (top.confidence !== 'certain' && top.confidence !== 'likely') continue;
    const key = `${top.cells.join('|')}=${top.values.join('|')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(top);
  }
  return out;
}

/** For each finding, whether its proposal is the same as an earlier finding's (shown once, above). */
export function repeatsEarlier(findings: readonly Finding[]): Set<Finding> {
  const seen = new Set<string>();
  const out = new Set<Finding>();
  for (const f of findings) {
    const why = f.suspects?.[0]?.why;
    if (why === undefined) continue;
    if (seen.has(why)) out.add(f);
    else seen.add(why);
  }
  return out;
}
