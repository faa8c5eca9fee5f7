import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { checkInput } from '../batch/check.js';
import type { TaskConfig } from '../batch/config.js';
import type { Input } from '../inputs/input.js';
import { readFileBytes } from '../inputs/read-file.js';
import { bodyIdentity } from '../pairing/identity.js';
import { VERSION } from '../version.js';
import type { Archive, ArchivedReport } from './store.js';

/** What an archive run did: imported (new or changed), unchanged and skipped, unreadable among the imported. */
export interface ArchiveCounts {
  imported: number;
  unchanged: number;
  unreadable: number;
  notChecked: number;
}

/** Reports written per transaction: small enough that a killed run loses little, large enough to be quick. */
const PER_TRANSACTION = 32;

/**
 * Imports every input that is new or changed since the archive last saw it (size and time first, then
 * the content hash), checks it, and writes it with its findings. Unchanged files are not read again
 * beyond their hash. Stops between files on Ctrl-C, with everything before it committed.
 */
export async function importIntoArchive(
  archive: Archive,
  inputs: AsyncIterable<Input[]>,
  config: TaskConfig,
  signal?: AbortSignal,
): Promise<ArchiveCounts & { interrupted: boolean }> {
  const counts: ArchiveCounts = { imported: 0, unchanged: 0, unreadable: 0, notChecked: 0 };
  let pending: ArchivedReport[] = [];
  const flush = () => {
    if (pending.length > 0) archive.putAll(pending);
    pending = [];
  };
  for await (const chunk of inputs) {
    for (const input of chunk) {
      if (signal?.aborted) {
        flush();
        return { ...counts, interrupted: true };
      }
      if (input.missing) {
        counts.unreadable++;
        continue;
      }
      // Files by their absolute path, so a run from another folder finds them again.
      const source = input.path ?? input.name;
      const seen = await fingerprint(input);
      const known = archive.known(source);
      if (known && known.engine === VERSION) {
        if (known.size === seen.size && known.mtimeMs === seen.mtimeMs && seen.mtimeMs > 0) {
          counts.unchanged++;
          continue;
        }
        const hash = seen.hash();
        if (hash === known.hash) {
          archive.touch(source, seen.mtimeMs);
          counts.unchanged++;
          continue;
        }
      }
      pending.push(await archived(input, source, config, seen.hash(), seen));
      const last = pending[pending.length - 1] as ArchivedReport;
      counts.imported++;
      if (last.status === 'unreadable') counts.unreadable++;
      if (last.status === 'not-checked') counts.notChecked++;
      if (pending.length >= PER_TRANSACTION) flush();
    }
  }
  flush();
  return { ...counts, interrupted: false };
}

/** Size and time from the file system, and the content hash when it is needed. */
async function fingerprint(input: Input): Promise<{ size: number; mtimeMs: number; hash: () => string }> {
  if (input.text !== undefined) {
    const text = input.text;
    return { size: text.length, mtimeMs: 0, hash: () => sha256(text) };
  }
  if (!input.path) return { size: 0, mtimeMs: 0, hash: () => '' };
  const info = await stat(input.path).catch(() => undefined);
  const path = input.path;
  return {
    size: info?.size ?? 0,
    mtimeMs: info?.mtimeMs ?? 0,
    hash: () => {
      try {
        return sha256(readFileBytes(path));
      } catch {
        return '';
      }
    },
  };
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

async function archived(
  input: Input,
  source: string,
  config: TaskConfig,
  hash: string,
  seen: { size: number; mtimeMs: number },
): Promise<ArchivedReport> {
  const checked = await checkInput(input, config);
  const report = checked.report;
  const identity = report ? bodyIdentity(report.agency.name, report.agency.regionCode) : undefined;
  return {
    source,
    hash,
    status: checked.notChecked ? 'not-checked' : checked.broken ? 'unreadable' : 'checked',
    size: seen.size,
    mtimeMs: seen.mtimeMs,
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
