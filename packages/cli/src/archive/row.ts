import type { Checked } from '../batch/check.js';
import { bodyIdentity } from '../pairing/identity.js';
import { VERSION } from '../version.js';
import type { ArchivedReport } from './store.js';

/** What checking a file gives the archive; the main thread adds the file's path, size, time and hash. */
export type ArchivedCheck = Omit<ArchivedReport, 'source' | 'hash' | 'size' | 'mtimeMs'>;

/** A checked input as the archive stores it (made where it was checked: a worker thread, or inline). */
export function archivedCheck(checked: Checked): ArchivedCheck {
  const report = checked.report;
  const identity = report ? bodyIdentity(report.agency.name, report.agency.regionCode) : undefined;
  return {
    status: checked.notChecked ? 'not-checked' : checked.broken ? 'unreadable' : 'checked',
    agency: report?.agency.name ?? null,
    short: identity?.short ?? null,
    prefix: identity?.prefix ?? null,
    regionCode: report?.agency.regionCode ?? null,
    level: report?.agency.level ?? null,
    year: report?.year ?? null,
    report: report ? JSON.stringify(report) : null,
    findings: JSON.stringify(checked.findings),
    diagnostics: JSON.stringify(checked.diagnostics),
    errors: checked.findings.filter((f) => f.severity === 'error').length,
    warnings: checked.findings.filter((f) => f.severity === 'warning').length,
    problem: checked.broken ?? checked.notChecked ?? null,
    engine: VERSION,
    importedAt: new Date().toISOString(),
  };
}
