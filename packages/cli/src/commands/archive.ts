import { resolve } from 'node:path';
import type { Locale } from '@gongkai/schema';
import { importIntoArchive } from '../archive/import.js';
import { Archive } from '../archive/store.js';
import { parse, UsageError } from '../args.js';
import type { TaskConfig } from '../batch/config.js';
import { EXIT } from '../exit-codes.js';
import { expandInputs } from '../inputs/expand.js';
import { type Io, write } from '../io.js';
import { writeFileAtomic } from '../output/atomic.js';
import { levelLabel } from '../stats/labels.js';
import { usage } from './help.js';
import { batchOptions, workersOption } from './workers.js';

const options = {
  ...batchOptions,
  db: { type: 'string' },
  to: { type: 'string' },
  output: { type: 'string', short: 'o' },
} as const;

/** Where the archive is unless `--db` says otherwise: in the working folder. */
export const DEFAULT_ARCHIVE = 'gongkai-archive.sqlite';

/**
 * `gongkai archive import|list|export|forget`: the local archive of imported reports. `import` adds what
 * is new or changed (a weekly re-run reads only those); `list` shows what is held; `export` writes the
 * reports as NDJSON (what validate and stats read, as they read the archive itself); `forget` removes.
 */
export async function archiveCommand(argv: string[], io: Io, locale: Locale): Promise<number> {
  const { values, positionals } = parse(argv, options, locale);
  const [action, ...rest] = positionals;
  if (values.help || !action) {
    io.stdout.write(usage('archive', locale));
    return action || values.help ? EXIT.ok : EXIT.usage;
  }
  const en = locale === 'en';
  const path = resolve(io.cwd, values.db ?? DEFAULT_ARCHIVE);
  if (action === 'import') {
    if (rest.length === 0)
      throw new UsageError(en ? 'name the files or folders to import' : '请指定要导入的文件或文件夹');
    const archive = Archive.open(path, locale);
    try {
      const config: TaskConfig = { mode: 'validate', locale, format: 'json', color: false, showInfo: false };
      const workers = workersOption(values.workers, locale);
      const counts = await importIntoArchive(archive, expandInputs(rest, io.cwd, locale), config, io, {
        ...(workers === undefined ? {} : { workers }),
        progress: values['no-progress'] !== true,
      });
      io.stderr.write(
        en
          ? `${counts.imported} imported (new or changed), ${counts.unchanged} unchanged; ${counts.unreadable} unreadable, ${counts.notChecked} not checked among them; the archive holds ${archive.count}${counts.interrupted ? ' — interrupted: what was imported before Ctrl-C is kept' : ''}\n`
          : `导入 ${counts.imported} 份（新增或有改动），${counts.unchanged} 份未改动；其中 ${counts.unreadable} 个无法读取，${counts.notChecked} 个未检查；档案共 ${archive.count} 份${counts.interrupted ? '。已中断：中断前导入的已保存' : ''}\n`,
      );
      return counts.interrupted ? EXIT.interrupted : EXIT.ok;
    } finally {
      archive.close();
    }
  }
  const archive = Archive.open(path, locale, { create: false });
  try {
    if (action === 'list') {
      for (const row of archive.all()) {
        const who = row.agency
          ? `${row.agency} · ${row.year} · ${levelLabel(row.level ?? 'unknown', locale)}`
          : '';
        const counts =
          row.status === 'checked'
            ? en
              ? `${row.errors} errors, ${row.warnings} warnings`
              : `${row.errors} 个错误，${row.warnings} 个警告`
            : `${row.status === 'unreadable' ? (en ? 'unreadable' : '无法读取') : en ? 'not checked' : '未检查'}：${row.problem ?? ''}`;
        await write(io.stdout, `${who || '—'}  ${counts}  ${row.source}\n`);
      }
      io.stderr.write(en ? `${archive.count} reports in ${path}\n` : `档案 ${path} 共 ${archive.count} 份\n`);
      return EXIT.ok;
    }
    if (action === 'export') {
      const to = values.to ?? (values.output?.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'ndjson');
      if (to === 'xlsx') {
        // The workbook is the survey's: the archive's reports checked and laid out as for a 通报.
        if (!values.output)
          throw new UsageError(en ? 'xlsx needs -o file.xlsx' : 'xlsx 须用 -o 指定 .xlsx 文件');
        archive.close();
        const { statsCommand } = await import('./stats.js');
        return await statsCommand([path, '-o', values.output, '--lang', locale, '--no-progress'], io, locale);
      }
      if (to !== 'ndjson')
        throw new UsageError(en ? '--to must be ndjson or xlsx' : '--to 应为 ndjson 或 xlsx');
      const lines: string[] = [];
      for (const row of archive.all()) if (row.report) lines.push(row.report);
      const text = lines.length ? `${lines.join('\n')}\n` : '';
      if (values.output) await writeFileAtomic(resolve(io.cwd, values.output), text);
      else await write(io.stdout, text);
      return EXIT.ok;
    }
    if (action === 'forget') {
      if (rest.length === 0)
        throw new UsageError(en ? 'name the sources to forget' : '请指定要从档案中删除的来源文件或文件夹');
      const n = archive.forget(rest.map((s) => resolve(io.cwd, s)));
      io.stderr.write(
        en ? `${n} forgotten; ${archive.count} left\n` : `已删除 ${n} 份，档案余 ${archive.count} 份\n`,
      );
      return EXIT.ok;
    }
    throw new UsageError(en ? `unknown archive action “${action}”` : `未知的档案操作「${action}」`);
  } finally {
    archive.close();
  }
}
