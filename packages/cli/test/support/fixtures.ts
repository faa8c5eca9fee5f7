import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportsDir } from '@gongkai/corpus/node';
// @ts-expect-error: plain ES module shared with the benchmark
import { corpusReports, generate } from '../../bench/generate.mjs';

/** A temporary folder, removed by the returned function. */
export function tempDir(prefix = 'gongkai-cli-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `count` generated report JSONs under `dir` (sub-folders of 1,000), as the benchmark makes them. */
export function generateReports(dir: string, count: number): string {
  return generate(dir, count, corpusReports(reportsDir));
}

/** Writes a file, making its folder. */
export function put(path: string, text: string): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
}
