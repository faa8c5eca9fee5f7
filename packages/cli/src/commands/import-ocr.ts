import { readFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { toJson } from '@gongkai/engine';
import { cellLabelOf, formatsOf, type Locale, layoutOf } from '@gongkai/schema';
import { EXIT } from '../exit-codes.js';
import { displayName } from '../inputs/expand.js';
import { type Io, write } from '../io.js';
import { writeFileAtomic } from '../output/atomic.js';
import { printDiagnostics } from './read-one.js';

type OcrModule = typeof import('@gongkai/ocr/node');

/**
 * `gongkai import --ocr <scan…>`: a scanned report (PDF of page images, JPEG, PNG) read by OCR into a
 * draft: `<name>.ocr.json` (the report, where every figure was read, and the cells to confirm) and a PNG of
 * each cell to confirm in `<name>.crops/`, in `-o dir` or the current folder. Exits 1 while any cell
 * awaits a person's confirmation: an OCR figure never passes as confirmed.
 */
export async function importOcr(files: string[], outDir: string, io: Io, locale: Locale): Promise<number> {
  let ocr: OcrModule;
  try {
    // Loaded only here: tesseract and its language data weigh tens of megabytes.
    ocr = await import('@gongkai/ocr/node');
  } catch {
    io.stderr.write(
      locale === 'en'
        ? 'Reading scans needs the @gongkai/ocr package: npm i @gongkai/ocr\n'
        : '读取扫描件需要 @gongkai/ocr 包：npm i @gongkai/ocr\n',
    );
    return EXIT.usage;
  }
  let code: number = EXIT.ok;
  for (const file of files) {
    const path = resolve(io.cwd, file);
    const name = displayName(path, io.cwd);
    const stem = basename(file, extname(file));
    let draft: Awaited<ReturnType<OcrModule['readScan']>>;
    try {
      draft = await ocr.readScan(new Uint8Array(await readFile(path)), {
        locale,
        filename: basename(path),
        onProgress: progressLine(io, locale),
      });
    } catch (error) {
      if (io.stderr.isTTY) io.stderr.write('\r\x1b[K');
      const reason =
        error instanceof ocr.ScanError ? error.message : String((error as Error).message ?? error);
      io.stderr.write(`${name}${locale === 'en' ? ': ' : '：'}${reason}\n`);
      code = EXIT.usage;
      continue;
    }
    if (io.stderr.isTTY) io.stderr.write('\r\x1b[K');
    printDiagnostics(
      name,
      { report: draft.report, diagnostics: draft.diagnostics, kind: 'text' },
      io,
      locale,
    );
    const crops = join(outDir, `${stem}.crops`);
    const toConfirm = [];
    for (const item of draft.toConfirm) {
      const { crop, ...rest } = item;
      const path = crop ? join(crops, `${item.address}.png`) : undefined;
      if (crop && path) await writeFileAtomic(path, crop);
      toConfirm.push(path ? { ...rest, crop: join(`${stem}.crops`, `${item.address}.png`) } : rest);
    }
    const out = {
      source: draft.source,
      report: JSON.parse(toJson(draft.report)),
      cells: draft.cells,
      toConfirm,
    };
    const target = join(outDir, `${stem}.ocr.json`);
    await writeFileAtomic(target, `${JSON.stringify(out, null, 2)}\n`);
    io.stderr.write(confirmList(name, draft, locale));
    await write(io.stdout, `${target}\n`);
    if (draft.toConfirm.length > 0 && code === EXIT.ok) code = EXIT.findings;
  }
  return code;
}

function progressLine(io: Io, locale: Locale) {
  if (!io.stderr.isTTY || io.env.CI) return undefined;
  return (p: { page: number; pages: number; cell: number; cells: number }) => {
    io.stderr.write(
      locale === 'en'
        ? `\r\x1b[Kpage ${p.page}/${p.pages} · cell ${p.cell}/${p.cells}`
        : `\r\x1b[K第 ${p.page}/${p.pages} 页 · 单元格 ${p.cell}/${p.cells}`,
    );
  };
}

/** 「请核对」: every cell a person must look at, where it is on the scan and why. */
function confirmList(
  name: string,
  draft: Awaited<ReturnType<OcrModule['readScan']>>,
  locale: Locale,
): string {
  if (draft.toConfirm.length === 0) return '';
  const layout = layoutOf(formatsOf(draft.report));
  const head =
    locale === 'en'
      ? `${name}: ${draft.toConfirm.length} cell(s) read by OCR to check before the report counts:\n`
      : `${name}：请核对 ${draft.toConfirm.length} 个由文字识别读出的单元格，核对后报告方可使用：\n`;
  const lines = draft.toConfirm.map((c) => {
    const def = layout.cellByAddress.get(c.address);
    const where = def ? cellLabelOf(def, locale) : c.address;
    const page = c.page === undefined ? '' : locale === 'en' ? ` (page ${c.page})` : `（第 ${c.page} 页）`;
    const value = c.value === null ? (locale === 'en' ? 'blank' : '空') : String(c.value);
    return `  ${where}${page}: ${value} — ${c.message}\n`;
  });
  return head + lines.join('');
}
