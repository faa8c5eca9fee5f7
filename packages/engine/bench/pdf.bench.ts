import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpus } from '@gongkai/corpus';
import { corpusDir, publishedDir } from '@gongkai/corpus/node';
import { formatsOf, getCell, layoutOf, type Report } from '@gongkai/schema';
import { afterAll, bench, describe } from 'vitest';

// The built entry (`pnpm bench` builds it first), loaded natively, with the pdf.js build Node runs.
const dist = new URL('../dist/pdf.js', import.meta.url).href;
const { importPdf } = (await import(/* @vite-ignore */ dist)) as typeof import('../src/pdf.js');
const legacy = 'pdfjs-dist/legacy/build/pdf.mjs';
const pdfjs = (await import(/* @vite-ignore */ legacy)) as typeof import('pdfjs-dist/legacy/build/pdf.mjs');
const root = new URL('../node_modules/pdfjs-dist/', import.meta.url).pathname;

const huaian = new Uint8Array(readFileSync(join(publishedDir, '01-huaian-city-gov-2024.pdf')));

/** The floor: pdf.js's own text extraction of every page, as any PDF reader built on it must do. */
async function extractText(bytes: Uint8Array): Promise<number> {
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: `${root}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${root}standard_fonts/`,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  let items = 0;
  for (let p = 1; p <= doc.numPages; p++)
    items += (await (await doc.getPage(p)).getTextContent()).items.length;
  await doc.destroy();
  return items;
}

// Whole-file runs take a second or so on a loaded machine: few iterations, both sides alike.
const options = { time: 4000, iterations: 3, warmupIterations: 1 };

describe('淮安 PDF (6 pages, WPS)', () => {
  bench('importPdf', async () => void (await importPdf(huaian)), options);
  bench('pdf.js text extraction of all pages (floor)', async () => void (await extractText(huaian)), options);
});

/** Cells right, left blank and wrong against what the PDF prints (a wrong one is never allowed). */
function score(want: Report | Record<string, number | null>, got: Report, expectedCells: boolean) {
  const layout = layoutOf(formatsOf(got));
  let right = 0;
  let blank = 0;
  let wrong = 0;
  for (const cell of layout.cells) {
    const w = expectedCells
      ? ((want as Record<string, number | null>)[cell.address] ?? null)
      : (getCell(want, cell.address) ?? null);
    const g = getCell(got, cell.address) ?? null;
    if (w === g) right++;
    else if (g === null) blank++;
    else wrong++;
  }
  return { right, blank, wrong, total: layout.cells.length };
}

afterAll(async () => {
  // The two alternate, round by round, so that both meet the same machine (its load, the heap's state):
  // tinybench's means above run each side for seconds on its own and swing by a third between runs.
  const floorTimes: number[] = [];
  const importTimes: number[] = [];
  for (let round = 0; round < 15; round++) {
    for (const [times, run] of [
      [floorTimes, () => extractText(huaian)],
      [importTimes, () => importPdf(huaian)],
    ] as const) {
      const start = performance.now();
      await run();
      times.push(performance.now() - start);
    }
  }
  const median = (times: number[]) => [...times].sort((a, b) => a - b)[times.length >> 1]!;
  const floor = median(floorTimes);
  const time = median(importTimes);
  const files: [string, Uint8Array, Report | Record<string, number | null>, boolean][] = [
    [
      '01-huaian-city-gov-2024.pdf (WPS)',
      huaian,
      corpus.find((e) => e.id === '01-huaian-city-gov-2024')!.expected.cells,
      true,
    ],
    ...[
      'shuyang-drc-2023.page',
      '13-shanghai-gov-office-2025.ssr',
      '14-shanghai-gov-office-2019-oldformat.ssr',
    ].map((name): [string, Uint8Array, Report | Record<string, number | null>, boolean] => {
      const id = name.startsWith('shuyang') ? 'html/shuyang-drc-2023' : name.replace(/\.ssr$/, '');
      const e = corpus.find((c) => c.id === id)!;
      return [
        `${name}.chromium.pdf`,
        new Uint8Array(readFileSync(join(corpusDir, 'derived', `${name}.chromium.pdf`))),
        name.endsWith('.ssr') ? e.report : e.expected.cells,
        !name.endsWith('.ssr'),
      ];
    }),
  ];
  const rows: string[] = [];
  for (const [name, bytes, want, cells] of files) {
    const s = score(want, (await importPdf(bytes)).report, cells);
    rows.push(
      `${name.padEnd(58)}${`${s.right}/${s.total}`.padStart(9)}${String(s.blank).padStart(7)}${String(s.wrong).padStart(7)}`,
    );
  }
  console.log(
    [
      '',
      `淮安 PDF: importPdf ${time.toFixed(0)} ms, pdf.js text extraction ${floor.toFixed(0)} ms (medians of 15 alternating rounds): ratio ${(time / floor).toFixed(2)} (goal ≤ 1.30)`,
      '',
      `${'PDF'.padEnd(58)}${'right'.padStart(9)}${'blank'.padStart(7)}${'wrong'.padStart(7)}`,
      ...rows,
    ].join('\n'),
  );
}, 300_000);
