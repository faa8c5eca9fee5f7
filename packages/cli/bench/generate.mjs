/**
 * Generates report files for the benchmark and the batch tests: the corpus reports, varied (agency,
 * level, a few cells) so that every file is different and some fail the sums. Deterministic.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AGENCY_LEVELS } from '@gongkai/schema';

// Every level a body may have, from the schema (`other` aside: the generated bodies all have a place).
const LEVELS = AGENCY_LEVELS.filter((level) => level !== 'other');
/** Files per sub-folder, as a province's archive would be split by county or month. */
const PER_FOLDER = 1000;

/** The corpus report JSONs, parsed. */
export function corpusReports(reportsDir) {
  return readdirSync(reportsDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(reportsDir, f), 'utf8')));
}

/** The i-th generated report: a corpus report under another name and level, with some cells nudged. */
export function variant(bases, i, years = 1) {
  // With `years`, consecutive files are one body's consecutive years, to be paired.
  const body = Math.floor(i / years);
  const report = structuredClone(bases[body % bases.length]);
  report.agency = {
    ...report.agency,
    name: `${report.agency.name}（样本${body}）`,
    level: LEVELS[body % LEVELS.length],
  };
  if (years > 1) report.year = 2022 + (i % years);
  const received = report.applications?.newReceived;
  // One report in seven gets an extra request that no result accounts for: a balance error.
  if (received && typeof received.naturalPerson === 'number' && i % 7 === 3) received.naturalPerson += 1;
  const review = report.appeals?.review;
  if (review && typeof review.upheld === 'number' && i % 11 === 5) review.upheld += 2;
  return report;
}

/**
 * Writes `count` files into `dir` (in sub-folders of 1,000) and returns their paths' folder.
 * `format(report)` gives the file's text; `ext` its extension; `years` > 1 makes each run of that many
 * files one body's consecutive years.
 */
export function generate(
  dir,
  count,
  bases,
  { format = (r) => JSON.stringify(r), ext = 'json', years = 1 } = {},
) {
  for (let i = 0; i < count; i++) {
    const folder = join(dir, String(Math.floor(i / PER_FOLDER)).padStart(4, '0'));
    if (i % PER_FOLDER === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `r${String(i).padStart(6, '0')}.${ext}`), format(variant(bases, i, years)));
  }
  return dir;
}
