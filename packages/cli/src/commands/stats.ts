import { basename, extname, resolve } from 'node:path';
import type { Locale } from '@gongkai/schema';
import { UsageError } from '../args.js';
import type { TaskConfig } from '../batch/config.js';
import { EXIT } from '../exit-codes.js';
import type { Io } from '../io.js';
import { writeFileAtomic } from '../output/atomic.js';
import { wantsColor } from '../output/colors.js';
import { formatSummary } from '../output/summary.js';
import { emptyStats, mergeStats } from '../stats/aggregate.js';
import { statsCsv } from '../stats/csv.js';
import { statsDashboard } from '../stats/dashboard.js';
import { statsText } from '../stats/text.js';
import { checkedBatch } from './checked-batch.js';
import { commandArgs } from './command-args.js';
import { exitCodeOf } from './exit-code.js';
import { pairingOptions } from './paired-inputs.js';
import { batchOptions } from './workers.js';

const options = {
  output: { type: 'string', short: 'o' },
  ...batchOptions,
  ...pairingOptions,
} as const;

/**
 * `gongkai stats <folder|ndjson…> [-o out.html]`: validates every report and surveys the findings; writes
 * a static dashboard and the same figures as CSV (or the CSV alone for `-o x.csv`, or text on stdout).
 * Unreadable files are counted, never fatal to the survey; the exit code is validate's: 0 no errors,
 * 1 errors found, 2 bad usage, an unreadable file or nothing checked, 130 interrupted.
 */
export async function statsCommand(argv: string[], io: Io, locale: Locale): Promise<number> {
  const args = commandArgs('stats', argv, io, locale, options);
  if (!args) return 0;
  const { values, positionals } = args;
  const output = values.output ? resolve(io.cwd, values.output) : undefined;
  const ext = output ? extname(output).toLowerCase() : '';
  if (output && !['.html', '.htm', '.csv', '.xlsx'].includes(ext)) {
    throw new UsageError(
      locale === 'en' ? '-o must name an .html, .csv or .xlsx file' : '-o 应为 .html、.csv 或 .xlsx 文件',
    );
  }
  const config: TaskConfig = {
    mode: 'stats',
    locale,
    format: 'human',
    color: false,
    showInfo: false,
    ...(ext === '.xlsx' ? { workbook: true } : {}),
  };
  const spool =
    ext === '.xlsx' ? new (await import('../stats/workbook.js')).WorkbookSpool(locale) : undefined;
  const stats = emptyStats();
  const checked = await checkedBatch({
    values,
    positionals,
    io,
    config,
    summary: io.stderr,
    onResult: (result) => {
      if (result.stats) mergeStats(stats, result.stats);
      if (result.workbook) spool?.add(result.workbook);
    },
  });
  if (!checked) return EXIT.interrupted;
  const { tally, interrupted } = checked;
  // Outputs are written whole (temp file, then rename) and say when they cover an interrupted run.
  if (!output) io.stdout.write(statsText(stats, locale));
  else if (ext === '.csv') await writeFileAtomic(output, statsCsv(stats, locale));
  else if (spool) await spool.write(output, stats, tally, { interrupted, generated: new Date() });
  else {
    const csvPath = output.slice(0, -ext.length) + '.csv';
    await writeFileAtomic(csvPath, statsCsv(stats, locale));
    await writeFileAtomic(
      output,
      statsDashboard(stats, {
        locale,
        tally,
        interrupted,
        csvName: basename(csvPath),
        generated: new Date(),
      }),
    );
  }
  io.stderr.write(formatSummary(tally, { locale, color: wantsColor(io.stderr, io.env), interrupted }));
  return exitCodeOf(tally, interrupted);
}
