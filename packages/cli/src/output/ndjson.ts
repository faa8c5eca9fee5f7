import type { Locale } from '@gongkai/schema';
import type { Checked } from '../batch/check.js';
import { pairingWords } from './human.js';
import { findingPlace, placeLabel } from './place.js';

/**
 * One input as one JSON line: `{"file","ok","report","findings","diagnostics"}`, plus `"error"` saying why
 * an unreadable input could not be checked, or `"notChecked"` why an input was left aside (then `ok` is
 * false too: nothing was checked). `ok` is true when the report was checked and no finding is an error.
 * `report` names the body, year and level; each finding and diagnostic carries its `location` in words.
 */
export function formatJsonLine(checked: Checked, locale: Locale = 'zh'): string {
  const ok = !checked.broken && !checked.notChecked && !checked.findings.some((f) => f.severity === 'error');
  const line: Record<string, unknown> = { file: checked.name, ok };
  if (checked.broken) line.error = checked.broken;
  if (checked.notChecked) line.notChecked = checked.notChecked;
  if (checked.report) {
    const { agency, year } = checked.report;
    line.report = { agency: agency.name, year, ...(agency.level ? { level: agency.level } : {}) };
  }
  if (checked.pairing)
    line.previous =
      checked.pairing.kind === 'found'
        ? { file: checked.pairing.name }
        : { file: null, reason: pairingWords(checked.pairing, locale), ...checked.pairing };
  line.findings = checked.findings.map((f) => ({ location: findingPlace(f, locale).label, ...f }));
  line.diagnostics = checked.diagnostics.map((d) => {
    const address = d.path ?? d.section;
    return address ? { location: placeLabel(address, locale), ...d } : d;
  });
  return `${JSON.stringify(line)}\n`;
}
