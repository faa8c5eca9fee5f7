import { resolve } from 'node:path';
import { toCsv, toMarkdown, toText } from '@gongkai/engine';
import type { Locale } from '@gongkai/schema';
import { oneOf, UsageError } from '../args.js';
import { type Io, write } from '../io.js';
import { writeFileAtomic } from '../output/atomic.js';
import { readCdnScript, reportPage } from '../output/html-page.js';
import { printPdf } from '../output/pdf.js';
import { commandArgs } from './command-args.js';
import { readOne } from './read-one.js';

const options = { to: { type: 'string', short: 't' }, output: { type: 'string', short: 'o' } } as const;
const FORMATS = ['html', 'md', 'txt', 'csv', 'xlsx', 'docx', 'pdf'] as const;
/** Formats that are bytes: written to a terminal they would only garble the screen. */
const BINARY: readonly string[] = ['xlsx', 'docx', 'pdf'];

/** `gongkai render <file> --to html|md|txt|csv|xlsx|docx|pdf [-o out]`: the report in another form. */
export async function renderCommand(argv: string[], io: Io, locale: Locale): Promise<number> {
  const args = commandArgs('render', argv, io, locale, options);
  if (!args) return 0;
  const { values, positionals } = args;
  const to = oneOf(values.to ?? formatFromName(values.output), FORMATS, 'to', locale);
  if (BINARY.includes(to) && !values.output && io.stdout.isTTY) {
    throw new UsageError(
      locale === 'en'
        ? `--to ${to} needs -o <file> (or a pipe)`
        : `--to ${to} 需要 -o <文件>（或重定向到文件）`,
    );
  }
  const { report } = await readOne(positionals[0] as string, io, locale);
  let out: string | Uint8Array;
  if (to === 'html') {
    const script = await readCdnScript();
    if (!script) {
      io.stderr.write(
        locale === 'en'
          ? 'note: @gongkai/components is not built (no dist/cdn/gk-report.js): the page reads without JavaScript but will not upgrade\n'
          : '注意：未找到 @gongkai/components 的 dist/cdn/gk-report.js（尚未构建），页面可以阅读，但不会加载交互脚本\n',
      );
    }
    out = reportPage(report, { locale, script });
  } else if (to === 'md') out = toMarkdown(report, { locale });
  else if (to === 'txt') out = toText(report);
  else if (to === 'csv') out = toCsv(report, { locale });
  else if (to === 'xlsx') out = await (await import('@gongkai/engine/xlsx')).toXlsx(report, { locale });
  else if (to === 'docx')
    out = await (await import('@gongkai/engine/docx-export')).toDocx(report, { locale });
  else out = await printPdf(reportPage(report, { locale }), io.env, locale);
  if (values.output) await writeFileAtomic(resolve(io.cwd, values.output), out);
  else await write(io.stdout, out);
  return 0;
}

function formatFromName(output: string | undefined): string | undefined {
  const ext = output?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (ext === 'htm') return 'html';
  if (ext === 'markdown') return 'md';
  if (ext === 'text') return 'txt';
  return ext;
}
