import type { Finding } from '../../findings.js';

/**
 * The cells a finding should be counted against: the proposal's cells when it is `certain` or
 * `likely` (and in this report), else the cell the rule reports on. For statistics that attribute
 * errors to cells.
 */
export function likelyCells(finding: Finding): string[] {
  const top = finding.suspects?.[0];
  if (
    top &&
    !top.report &&
    (top.confidence === 'certain' || top.confidence === 'likely') &&
    top.cells.length > 0
  )
    return [...top.cells];
  return [finding.path];
}
