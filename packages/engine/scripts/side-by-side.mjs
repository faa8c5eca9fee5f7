#!/usr/bin/env node
/**
 * Page images for issue 15: our .docx of a corpus report and the official template
 * (corpus/published/official-template-2021-blank.docx) filled with the same figures, both printed by
 * LibreOffice, the chosen pages rendered by pdftoppm (docs put each pair side by side).
 *
 *   node packages/engine/scripts/side-by-side.mjs [report-id] [out-dir]
 *
 * Needs soffice (libreoffice-writer-nogui) and pdftoppm (poppler-utils), as scripts/setup.sh installs. The
 * template is filled by copying our table cells' text into its empty cells: both have the same rows,
 * columns and merged cells (test/export/docx.test.ts), so cell i of one is cell i of the other.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const id = process.argv[2] ?? '01-huaian-city-gov-2024';
const outDir = process.argv[3] ?? join(root, 'docs', 'images');
const tmp = mkdtempSync(join(tmpdir(), 'gk-side-'));

/** toDocx from the sources (the `source` condition), bundled for Node. */
async function loadToDocx() {
  const outfile = join(tmp, 'docx-export.mjs');
  await build({
    entryPoints: [join(root, 'packages/engine/src/docx-export.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    conditions: ['source'],
    outfile,
    logLevel: 'error',
  });
  return (await import(outfile)).toDocx;
}

const cellsOf = (table) => [...table.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
const textOf = (cell) => [...cell.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
const tablesOf = (xml) => [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);

/** The template with each empty cell given the text of the same cell of ours (figures, blanks stay blank). */
function fillTemplate(template, ours) {
  const files = unzipSync(template);
  let xml = strFromU8(files['word/document.xml']);
  const ourTables = tablesOf(strFromU8(unzipSync(ours)['word/document.xml']));
  tablesOf(xml).forEach((table, t) => {
    const mine = cellsOf(ourTables[t] ?? '');
    let i = 0;
    const filled = table.replace(/<w:tc>[\s\S]*?<\/w:tc>/g, (cell) => {
      const text = textOf(mine[i++] ?? '');
      if (textOf(cell).trim() !== '' || text === '' || /<w:vMerge w:val="continue"/.test(cell)) return cell;
      // The run takes the paragraph's own run properties (the template's font and size for the cell).
      const rPr = cell.match(/<w:pPr>[\s\S]*?(<w:rPr>[\s\S]*?<\/w:rPr>)[\s\S]*?<\/w:pPr>/)?.[1] ?? '';
      return cell.replace(/<\/w:p>/, `<w:r>${rPr}<w:t>${text}</w:t></w:r></w:p>`);
    });
    xml = xml.replace(table, filled);
  });
  files['word/document.xml'] = strToU8(xml);
  return zipSync(files);
}

/** The first page whose text holds `needle` (1-based), from pdftotext's form feeds. */
function pageWith(pdf, needle) {
  const pages = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split('\f');
  return pages.findIndex((p) => p.replace(/\s+/g, '').includes(needle)) + 1;
}

try {
  const toDocx = await loadToDocx();
  const report = JSON.parse(readFileSync(join(root, 'corpus/reports', `${id}.json`), 'utf8'));
  const ours = await toDocx(report);
  const template = readFileSync(join(root, 'corpus/published/official-template-2021-blank.docx'));
  writeFileSync(join(tmp, 'ours.docx'), ours);
  writeFileSync(join(tmp, 'template.docx'), fillTemplate(new Uint8Array(template), ours));
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(tmp, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      tmp,
    ].concat([join(tmp, 'ours.docx'), join(tmp, 'template.docx')]),
    { stdio: 'pipe', timeout: 180_000 },
  );
  mkdirSync(outDir, { recursive: true });
  // The first page, and the page where table 三 (the widest, with the most merged cells) begins.
  for (const [name, needle] of [
    ['page-1', null],
    ['table-3', '申请人情况'],
  ]) {
    for (const doc of ['ours', 'template']) {
      const pdf = join(tmp, `${doc}.pdf`);
      const page = needle ? pageWith(pdf, needle) : 1;
      const base = join(outDir, `docx-${doc}-${name}`);
      // Grey at 60 dpi: legible page images of some 40 KB each.
      execFileSync('pdftoppm', [
        '-png',
        '-gray',
        '-r',
        '60',
        '-f',
        String(page),
        '-l',
        String(page),
        '-singlefile',
        pdf,
        base,
      ]);
      console.log(`${base}.png (page ${page})`);
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
