import type { Finding } from '../findings.js';
import type { Plan } from './plan.js';
import { ruleRank } from './rules.js';

/**
 * Findings in reading order: by section, then by cell in printed order (a section-wide finding comes
 * before its cells), then by rule as the catalogue lists them, then as found. Each gets its
 * fingerprint `rule|path`, numbered `#2`, `#3`… when one rule says several things about one place.
 */
export function ordered(findings: readonly Finding[], plan: Plan): Finding[] {
  // Bucket by reading-order slot: linear, where a comparison sort was the costliest step of a report
  // with many blank cells.
  const buckets: (Finding[] | undefined)[] = new Array(plan.slots.count);
  for (const f of findings) {
    const cell = plan.indexOf.get(f.path);
    const slot =
      cell !== undefined ? (plan.slots.ofCell[cell] as number) : (plan.slots.ofSection.get(f.path) ?? 0);
    const bucket = buckets[slot];
    if (bucket) bucket.push(f);
    else buckets[slot] = [f];
  }
  const out: Finding[] = [];
  for (const bucket of buckets) {
    if (!bucket) continue;
    // Array sort is stable: findings of one rule on one place keep the order they were found in.
    if (bucket.length > 1) bucket.sort((a, b) => ruleRank(a.rule) - ruleRank(b.rule));
    // One place is one bucket, so a repeat of rule and path can only be the finding just before.
    let n = 1;
    for (let k = 0; k < bucket.length; k++) {
      const f = bucket[k] as Finding;
      const before = bucket[k - 1];
      n = before && before.rule === f.rule && before.path === f.path ? n + 1 : 1;
      f.fingerprint = n === 1 ? `${f.rule}|${f.path}` : `${f.rule}|${f.path}#${n}`;
      out.push(f);
    }
  }
  return out;
}
