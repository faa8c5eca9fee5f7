import { type Diagnostic, type Finding, validate } from '@gongkai/engine';
import type { Report } from '@gongkai/schema';
import type { Input } from '../inputs/input.js';
import { readInput } from '../inputs/read.js';
import type { TaskConfig } from './config.js';
import { withoutRepeats } from './repeats.js';

/** One input, read and checked: the findings, the importer's diagnostics, or why it could not be read. */
export interface Checked {
  name: string;
  report?: Report;
  findings: Finding[];
  diagnostics: Diagnostic[];
  /** Set when the input is unreadable (missing, not a report, invalid JSON): the reason, in the locale. */
  broken?: string;
  /** Set when the input is not checked (a PDF no reader takes, a file that is no report): why. */
  notChecked?: string;
}

/** Reads one input and validates the report in it; never throws. */
export async function checkInput(input: Input, config: TaskConfig): Promise<Checked> {
  const read = await readInput(input, config.locale);
  const diagnostics = read.result?.diagnostics ?? [];
  if (!read.ok && read.notChecked)
    return { name: input.name, findings: [], diagnostics: [], notChecked: read.reason };
  // The note that made the input unreadable is its reason: said once, not again as a diagnostic.
  if (!read.ok)
    return {
      name: input.name,
      findings: [],
      diagnostics: diagnostics.filter((d) => d.message !== read.reason),
      broken: read.reason,
    };
  const report = read.result.report;
  try {
    const findings = validate(report, {
      locale: config.locale,
      ...(config.previous ? { previous: config.previous } : {}),
    });
    return { name: input.name, report, findings, diagnostics: withoutRepeats(diagnostics, findings) };
  } catch (error) {
    const what = config.locale === 'en' ? 'validation failed' : '校验出错';
    return { name: input.name, findings: [], diagnostics, broken: `${what}: ${(error as Error).message}` };
  }
}
