/**
 * How much a finding or an import diagnostic matters (FORMAT.md: `error`, `warning`, `info`), the most
 * severe first: the one order every list of findings or diagnostics is sorted and grouped by.
 */
export const SEVERITIES = ['error', 'warning', 'info'] as const;

export type Severity = (typeof SEVERITIES)[number];

const rank = Object.fromEntries(SEVERITIES.map((s, i) => [s, i])) as Record<Severity, number>;

/** Compares two things by severity, the more severe first (for `Array.prototype.sort`). */
export function bySeverity(a: { severity: Severity }, b: { severity: Severity }): number {
  return rank[a.severity] - rank[b.severity];
}
