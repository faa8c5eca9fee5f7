import type { Diagnostic, Finding } from '@gongkai/engine';

/**
 * Importer notes that say the same as a finding about the same section, once the report is checked:
 * a section the import did not find is the missing section the check reports; a table in the old
 * format is the outdated format. The finding stays (it has the rule); the note goes.
 */
const SAME_AS: Record<string, string> = {
  'section.not-found': 'structure.missing-section',
  'table.other-format': 'format.outdated',
};

/** The diagnostics without those a finding already reports. */
export function withoutRepeats(diagnostics: Diagnostic[], findings: readonly Finding[]): Diagnostic[] {
  if (!diagnostics.some((d) => SAME_AS[d.code])) return diagnostics;
  const reported = new Set(findings.map((f) => `${f.rule}|${f.path}`));
  return diagnostics.filter((d) => {
    const rule = SAME_AS[d.code];
    const where = d.section ?? d.path;
    return !(rule && where && reported.has(`${rule}|${where}`));
  });
}
