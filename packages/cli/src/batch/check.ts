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
  /** When years are paired: last year's report used for the cross-year rules, or why there was none. */
  pairing?: PairingNote;
  /** When years are paired: the body's key, one for all its years (stats lists bodies by it). */
  body?: string;
}

/** What the output says about pairing: the name of last year's report, or that there was none (or several). */
export type PairingNote =
  | { kind: 'found'; name: string }
  | { kind: 'none'; year: number }
  | { kind: 'ambiguous'; year: number; names: string[] }
  | { kind: 'unreadable'; name: string };

/**
 * Reads one input and validates the report in it; never throws. `known`: reports already read in this
 * batch by name, so that last year's report, when it was just checked, is not read and parsed again
 * (validation leaves a report as it is).
 */
export async function checkInput(
  input: Input,
  config: TaskConfig,
  known?: ReadonlyMap<string, Report>,
): Promise<Checked> {
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
  const { previous, note } = await previousOf(input, config, known);
  try {
    const findings = validate(report, { locale: config.locale, ...(previous ? { previous } : {}) });
    return {
      name: input.name,
      report,
      findings,
      diagnostics: withoutRepeats(diagnostics, findings),
      ...(note ? { pairing: note } : {}),
      ...(input.body ? { body: input.body } : {}),
    };
  } catch (error) {
    const what = config.locale === 'en' ? 'validation failed' : '校验出错';
    return { name: input.name, findings: [], diagnostics, broken: `${what}: ${(error as Error).message}` };
  }
}

/** Last year's report: `--previous` for every input, or the one pairing found for this input (read now). */
async function previousOf(
  input: Input,
  config: TaskConfig,
  known: ReadonlyMap<string, Report> | undefined,
): Promise<{ previous?: Report; note?: PairingNote }> {
  if (config.previous) return { previous: config.previous };
  const pairing = input.pairing;
  if (!pairing) return {};
  if (pairing.kind !== 'found') return { note: pairing };
  const just = known?.get(pairing.name);
  if (just) return { previous: just, note: { kind: 'found', name: pairing.name } };
  const read = await readInput(pairing.previous, config.locale);
  // Unreadable now though it was read in the first pass (changed meanwhile): said, not guessed.
  if (!read.ok) return { note: { kind: 'unreadable', name: pairing.name } };
  return { previous: read.result.report, note: { kind: 'found', name: pairing.name } };
}
