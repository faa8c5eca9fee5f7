import type { Report } from '@gongkai/schema';
import { type ArchivedCheck, archivedCheck } from '../archive/row.js';
import type { Input } from '../inputs/input.js';
import { formatHuman } from '../output/human.js';
import { formatJsonLine } from '../output/ndjson.js';
import { identifyInput } from '../pairing/identify.js';
import type { YearOf } from '../pairing/index.js';
import { addChecked, emptyStats, type Stats } from '../stats/aggregate.js';
import { type WorkbookRows, workbookRows } from '../stats/workbook-rows.js';
import { type Checked, checkInput } from './check.js';
import type { TaskConfig } from './config.js';
import { emptyTally, noteQuietUnpaired, type Tally } from './tally.js';

/** What one batch of inputs gives back: formatted output (validate) or partial stats, and the counts. */
export interface BatchResult {
  /** The formatted output; from a worker, already UTF-8 bytes (encoded there, moved without a copy). */
  text: string | Uint8Array;
  tally: Tally;
  stats?: Stats;
  /** With `workbook`: each input's rows for the 通报 workbook. */
  workbook?: WorkbookRows[];
  /** In `identify` mode: who and which year each input is by, in the batch's order (null: unreadable). */
  identities?: (YearOf | null)[];
  /** In `archive` mode: each input as the archive stores it, in the batch's order. */
  archived?: ArchivedCheck[];
}

/**
 * Checks a batch of inputs, in order. Runs in a worker thread or inline; output is formatted here so
 * that only strings and small counts cross between threads, not every finding object. With `lines`,
 * each input's output is pushed there (for `encodeOutput`) instead of being joined into `text`.
 */
export async function processBatch(
  inputs: readonly Input[],
  config: TaskConfig,
  lines?: string[],
): Promise<BatchResult> {
  const result: BatchResult = { text: '', tally: emptyTally() };
  if (config.mode === 'identify') {
    const identities: (YearOf | null)[] = [];
    for (const input of inputs) identities.push((await identifyInput(input, config)) ?? null);
    result.identities = identities;
    return result;
  }
  if (config.mode === 'stats') result.stats = emptyStats();
  // Last year's reports that are in this batch too (a body's years usually sit side by side): kept
  // once checked, until the batch ends, instead of being read a second time.
  const wanted = new Set<string>();
  for (const input of inputs) if (input.pairing?.kind === 'found') wanted.add(input.pairing.name);
  const known = new Map<string, Report>();
  const out = lines ?? [];
  for (const input of inputs) {
    const checked = await checkInput(input, config, known);
    if (checked.report && wanted.has(input.name)) known.set(input.name, checked.report);
    addResult(result, checked, config, out);
  }
  if (!lines) result.text = out.join('');
  return result;
}

/** A batch that failed as a whole (its worker died): every input in it is reported as unreadable. */
export function failedBatch(inputs: readonly Input[], reason: string, config: TaskConfig): BatchResult {
  const result: BatchResult = { text: '', tally: emptyTally() };
  if (config.mode === 'stats') result.stats = emptyStats();
  const lines: string[] = [];
  for (const input of inputs)
    addResult(result, { name: input.name, findings: [], diagnostics: [], broken: reason }, config, lines);
  result.text = lines.join('');
  return result;
}

function addResult(result: BatchResult, checked: Checked, config: TaskConfig, lines: string[]): void {
  const t = result.tally;
  t.files++;
  if (checked.broken) t.broken++;
  if (checked.pairing?.kind === 'found') t.paired++;
  else if (checked.pairing) t.unpaired++;
  if (checked.notChecked) {
    t.notChecked++;
    t.notCheckedWhy[checked.notChecked] = (t.notCheckedWhy[checked.notChecked] ?? 0) + 1;
  }
  let errors = 0;
  for (const f of checked.findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') t.warnings++;
    else t.infos++;
  }
  t.errors += errors;
  if (errors > 0) t.withErrors++;
  if (config.workbook) {
    result.workbook ??= [];
    result.workbook.push(workbookRows(checked, config.locale));
  }
  if (config.mode === 'archive') {
    result.archived ??= [];
    result.archived.push(archivedCheck(checked));
  } else if (result.stats) addChecked(result.stats, checked, config.locale);
  else if (config.format === 'json') lines.push(formatJsonLine(checked, config.locale));
  else {
    const text = formatHuman(checked, config);
    lines.push(text);
    if (text === '' && checked.pairing && checked.pairing.kind !== 'found')
      noteQuietUnpaired(t, checked.pairing, checked.name);
  }
}

const encoder = new TextEncoder();
/** Where a worker encodes its batches' output; grown as needed and kept (a worker runs one batch at a time). */
let scratch = new Uint8Array(1 << 20);

/**
 * The batch's output lines as UTF-8 bytes with a buffer of their own, to be transferred to the main
 * thread: encoding there, and copying the string across, would load the one thread that all workers wait
 * on. Each line is encoded into one scratch buffer and the bytes copied out once: several times faster
 * than encoding the lines joined (a string that must first be flattened, into a buffer sized after).
 */
export function encodeOutput(
  result: BatchResult,
  lines: readonly string[],
): { result: BatchResult; transfer: ArrayBuffer[] } {
  let used = 0;
  for (const line of lines) {
    // Three bytes at most per UTF-16 unit.
    const most = line.length * 3;
    if (scratch.length - used < most) {
      const grown = new Uint8Array(Math.max(scratch.length * 2, used + most));
      grown.set(scratch.subarray(0, used));
      scratch = grown;
    }
    used += encoder.encodeInto(line, scratch.subarray(used)).written;
  }
  if (used === 0) return { result, transfer: [] };
  const bytes = scratch.slice(0, used);
  return { result: { ...result, text: bytes }, transfer: [bytes.buffer as ArrayBuffer] };
}
