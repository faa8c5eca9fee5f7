/**
 * `pnpm bench`: 100,000 reports of three years per body validated with and without pairing years
 * (processes: time and peak RSS); a 20,000-report folder validated against a read-and-parse process;
 * then 100,000 generated report JSONs with one worker and with every core, against a baseline that
 * only reads and JSON.parses every file, all in one run; then 10,000 text reports imported and
 * validated. Prints times and ratios. GONGKAI_BENCH_PAIR_COUNT / _FOLDER_COUNT / _COUNT / _TEXT_COUNT
 * change the counts, GONGKAI_BENCH_PDF_COUNT the PDF batch (1,000 against 100: time and peak memory per
 * PDF), GONGKAI_BENCH_ONLY=pairing|folder|pdf runs one part; the files go to a temporary
 * folder that is removed at the end.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { toText } from '@gongkai/engine';
import { main } from '../dist/index.js';
import { corpusReports, generate } from './generate.mjs';
import { readAndParseProcess, validateProcess } from './processes.mjs';

// The corpus is TypeScript-free data; read its folder directly (its Node entry is .ts).
const reportsDir = fileURLToPath(new URL('../../../corpus/reports', import.meta.url));
const corpusDir = fileURLToPath(new URL('../../../corpus', import.meta.url));

/**
 * n PDFs, 100 to a folder: the corpus' real and derived PDFs in turn (the WPS export, Chromium prints of
 * a portal page and of our page, a scan, one without Unicode maps), as a province's downloads would mix them.
 */
function pdfFolder(dir, n) {
  const sources = [
    'published/01-huaian-city-gov-2024.pdf',
    'derived/shuyang-drc-2023.page.chromium.pdf',
    'derived/13-shanghai-gov-office-2025.ssr.chromium.pdf',
    'derived/14-shanghai-gov-office-2019-oldformat.ssr.chromium.pdf',
    'derived/01-huaian-city-gov-2024.pages-4-5.scan.pdf',
    'derived/01-huaian-city-gov-2024.no-unicode-maps.pdf',
  ].map((f) => join(corpusDir, f));
  for (let i = 0; i < n; i++) {
    const folder = join(dir, String(Math.floor(i / 100)).padStart(3, '0'));
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    copyFileSync(sources[i % sources.length], join(folder, `${String(i).padStart(5, '0')}.pdf`));
  }
  return dir;
}
const count = Number(process.env.GONGKAI_BENCH_COUNT ?? 100_000);
const textCount = Number(process.env.GONGKAI_BENCH_TEXT_COUNT ?? 10_000);
const pairCount = Number(process.env.GONGKAI_BENCH_PAIR_COUNT ?? 100_000);
const folderCount = Number(process.env.GONGKAI_BENCH_FOLDER_COUNT ?? 20_000);
const pdfCount = Number(process.env.GONGKAI_BENCH_PDF_COUNT ?? 1000);
const only = process.env.GONGKAI_BENCH_ONLY;
const cores = availableParallelism();
const root = mkdtempSync(join(tmpdir(), 'gongkai-bench-'));

/** A sink that counts bytes, standing in for `> /dev/null` without a file descriptor's cost. */
function sink() {
  let bytes = 0;
  const stream = new Writable({
    write(chunk, _enc, done) {
      bytes += chunk.length;
      done();
    },
  });
  return { stream, bytes: () => bytes };
}

async function validate(dir, workers) {
  const out = sink();
  const err = sink();
  const start = performance.now();
  const code = await main(['validate', dir, '--workers', String(workers), '--no-progress'], {
    stdout: out.stream,
    stderr: err.stream,
    cwd: root,
    env: {},
  });
  const ms = performance.now() - start;
  if (code > 1) throw new Error(`validate exited ${code}`);
  return ms;
}

/** The floor: walk the same folders, read every file and JSON.parse it, in this thread. */
function readAndParse(dir) {
  const start = performance.now();
  let n = 0;
  for (const folder of readdirSync(dir).sort()) {
    for (const file of readdirSync(join(dir, folder)).sort()) {
      JSON.parse(readFileSync(join(dir, folder, file), 'utf8'));
      n++;
    }
  }
  if (n !== count) throw new Error(`read ${n} files, expected ${count}`);
  return performance.now() - start;
}

/** The same floor on every core: the folders shared out over worker threads, as validate shares files. */
async function readAndParseParallel(dir) {
  const folders = readdirSync(dir)
    .sort()
    .map((f) => join(dir, f));
  const start = performance.now();
  const counts = await Promise.all(
    Array.from({ length: cores }, (_, i) => {
      const worker = new Worker(new URL('./read-worker.mjs', import.meta.url), {
        workerData: { folders: folders.filter((_, j) => j % cores === i) },
      });
      return new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject));
    }),
  );
  if (counts.reduce((a, b) => a + b, 0) !== count) throw new Error('parallel read missed files');
  return performance.now() - start;
}

function readOnly(dir) {
  const start = performance.now();
  for (const folder of readdirSync(dir).sort()) {
    for (const file of readdirSync(join(dir, folder)).sort()) readFileSync(join(dir, folder, file), 'utf8');
  }
  return performance.now() - start;
}

const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const per = (ms, n) => `${((ms / n) * 1000).toFixed(0)} µs/file`;

try {
  const bases = corpusReports(reportsDir);
  if (!only || only === 'pairing') {
    // Pairing years: a province of bodies with three years each, validated with and without pairing,
    // each in its own process (start-up and peak memory included).
    const pairDir = generate(join(root, 'paired'), pairCount, bases, { years: 3 });
    const plain = validateProcess(pairDir, ['--no-pair']);
    const paired = validateProcess(pairDir);
    const plain2 = validateProcess(pairDir, ['--no-pair']);
    const without = plain.ms < plain2.ms ? plain : plain2;
    console.log(`\n${pairCount} reports, 3 years per body (processes, start-up included):`);
    console.log(`validate --no-pair:            ${s(without.ms)}  peak RSS ${without.rssMb.toFixed(0)} MB`);
    console.log(`validate (years paired):       ${s(paired.ms)}  peak RSS ${paired.rssMb.toFixed(0)} MB`);
    console.log(`ratio paired / not paired:     ${(paired.ms / without.ms).toFixed(2)}×  (goal ≤ 2×)`);
    console.log(
      `paired: ${paired.stderr
        .match(/(\d+) 份与同一机关上一年度的报告对照核对，(\d+) 份没有/)
        ?.slice(1)
        .join(' paired, ')} without`,
    );
    rmSync(pairDir, { recursive: true, force: true });
  }
  if (!only || only === 'folder') {
    // A folder validated as an evaluator runs it: the whole process against a read-and-parse process.
    const folderDir = generate(join(root, 'folder'), folderCount, bases);
    const floor1 = readAndParseProcess(folderDir);
    const run = validateProcess(folderDir, ['--no-pair']);
    const human = validateProcess(folderDir, ['--no-pair'], { json: false });
    const floor2 = readAndParseProcess(folderDir);
    const floor = Math.min(floor1.ms, floor2.ms);
    console.log(`\n${folderCount}-report folder, each in its own process (start-up included):`);
    console.log(`read + JSON.parse process:     ${s(floor)}`);
    console.log(`validate --json (all cores):   ${s(run.ms)}  peak RSS ${run.rssMb.toFixed(0)} MB`);
    console.log(`validate, lines for people:    ${s(human.ms)}  peak RSS ${human.rssMb.toFixed(0)} MB`);
    console.log(`ratio validate --json / floor: ${(run.ms / floor).toFixed(2)}×  (goal ≤ 1.5×)`);
    console.log(`ratio validate / floor:        ${(human.ms / floor).toFixed(2)}×`);
    rmSync(folderDir, { recursive: true, force: true });
  }
  if (!only || only === 'pdf') {
    // A province's PDFs: memory stays flat however many there are (the peak of 1,000 against 100's).
    const tenth = Math.round(pdfCount / 10);
    const runs = [tenth, pdfCount].map((n) => {
      const dir = pdfFolder(join(root, `pdf-${n}`), n);
      const run = validateProcess(dir, ['--no-pair'], { unreadable: true });
      rmSync(dir, { recursive: true, force: true });
      return { n, ...run, checked: run.stderr.match(/共检查 (\d+) 份报告/)?.[1] };
    });
    console.log('\nPDF batches (all cores, processes, start-up included):');
    for (const r of runs)
      console.log(
        `${String(r.n).padStart(5)} PDFs: ${s(r.ms)}  ${Math.round(r.ms / r.n)} ms/PDF  peak RSS ${r.rssMb.toFixed(0)} MB  (${r.checked} checked)`,
      );
    const [few, many] = runs;
    console.log(
      `peak RSS ${many.n} / ${few.n} PDFs:     ${(many.rssMb / few.rssMb).toFixed(2)}×  (goal: flat, ≈ 1×)`,
    );
    console.log(
      `time per PDF, ${many.n} / ${few.n}:      ${(many.ms / many.n / (few.ms / few.n)).toFixed(2)}×`,
    );
  }
  if (only) process.exit(0);
  let t = performance.now();
  const jsonDir = generate(join(root, 'json'), count, bases);
  console.log(`generated ${count} report JSONs in ${s(performance.now() - t)} (${root})`);

  // The files were just written, so they are in the page cache for every pass; the baseline runs first
  // and last and the faster is kept, so that a busy machine does not flatter the ratio.
  const base1 = readAndParse(jsonDir);
  const one = await validate(jsonDir, 1);
  const all = await validate(jsonDir, cores);
  const base2 = readAndParse(jsonDir);
  const baseline = Math.min(base1, base2);
  const baseAll = await readAndParseParallel(jsonDir);
  console.log(`read + JSON.parse (baseline):  ${s(baseline)}  ${per(baseline, count)}`);
  console.log(`validate, 1 worker:            ${s(one)}  ${per(one, count)}`);
  console.log(`validate, ${cores} workers (all cores): ${s(all)}  ${per(all, count)}`);
  console.log(`ratio all cores / baseline:    ${(all / baseline).toFixed(2)}×  (goal ≤ 1.5×)`);
  console.log(`speed-up all cores vs 1:       ${(one / all).toFixed(2)}×  (goal ≥ 1.7× on 2 cores)`);
  // What the machine gives to this kind of work at all: the floor itself, spread the same way.
  console.log(
    `for scale: read + JSON.parse on ${cores} workers: ${s(baseAll)}, ${(baseline / baseAll).toFixed(2)}× the single-thread floor`,
  );
  rmSync(jsonDir, { recursive: true, force: true });

  t = performance.now();
  const textDir = generate(join(root, 'text'), textCount, bases, { format: toText, ext: 'txt' });
  console.log(`\ngenerated ${textCount} text reports in ${s(performance.now() - t)}`);
  readOnly(textDir);
  const textRead = readOnly(textDir);
  const textAll = await validate(textDir, cores);
  console.log(`read only (baseline):          ${s(textRead)}  ${per(textRead, textCount)}`);
  console.log(`import + validate, ${cores} workers:  ${s(textAll)}  ${per(textAll, textCount)}`);
  console.log(`ratio / read-only baseline:    ${(textAll / textRead).toFixed(1)}×`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
