import type { Checked } from '../batch/check.js';

/**
 * One input as one JSON line: `{"file","ok","findings","diagnostics"}`, plus `"error"` saying why an
 * unreadable input could not be checked. `ok` is true when no finding is an error.
 */
export function formatJsonLine(checked: Checked): string {
  const ok = !checked.broken && !checked.findings.some((f) => f.severity === 'error');
  const line: Record<string, unknown> = { file: checked.name, ok };
  if (checked.broken) line.error = checked.broken;
  line.findings = checked.findings;
  line.diagnostics = checked.diagnostics;
  return `${JSON.stringify(line)}\n`;
}
