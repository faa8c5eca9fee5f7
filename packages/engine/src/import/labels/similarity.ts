/** Closeness of two label keys, for damaged labels: Dice's coefficient over character bigrams. */

/** The character bigrams of a key (a single character counts as its own bigram). */
export function bigrams(key: string): Set<string> {
  const out = new Set<string>();
  if (key.length === 1) out.add(key);
  // Labels are short; longer input is cut so that a hostile line costs bounded work.
  const end = Math.min(key.length, 120);
  for (let i = 0; i + 1 < end; i++) out.add(key.slice(i, i + 2));
  return out;
}

/** 0 … 1: how many bigrams two keys share. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}
