import type { Label, Locale } from '@gongkai/schema';
import { type commonOptions, type Options, parse, UsageError, type Values } from '../args.js';
import type { Io } from '../io.js';
import { type Topic, usage } from './help.js';

// `archive` has subcommands of its own (import, list, export, forget) and parses them itself.
type Command = Exclude<Topic, 'main' | 'archive'>;

/** The files each command works on: exactly one, or at least one; and what to say when they are not given. */
const files: Record<Command, { count: 'one' | 'some'; missing: Label }> = {
  import: { count: 'some', missing: { zh: '请指定要导入的文件', en: 'name a file to import' } },
  validate: {
    count: 'some',
    missing: { zh: '请指定要校验的文件或文件夹', en: 'name at least one file or folder to validate' },
  },
  fill: { count: 'one', missing: { zh: '请指定一份要填写合计的报告', en: 'name one report to fill' } },
  render: { count: 'one', missing: { zh: '请指定一份要输出的报告', en: 'name one report to render' } },
  stats: {
    count: 'some',
    missing: { zh: '请指定报告所在的文件夹或 NDJSON 文件', en: 'name a folder or an NDJSON file of reports' },
  },
};

/**
 * The set-up every command shares: its options parsed (with `--lang` and `--help`), `--help` answered
 * with the command's usage, the files it is given counted. Undefined when the usage was printed (exit 0).
 */
export function commandArgs<O extends Options>(
  command: Command,
  argv: string[],
  io: Io,
  locale: Locale,
  options: O,
): { values: Values<O & typeof commonOptions>; positionals: string[] } | undefined {
  const parsed = parse(argv, options, locale);
  if (parsed.values.help) {
    io.stdout.write(usage(command, locale));
    return undefined;
  }
  const given = parsed.positionals.length;
  const { count, missing } = files[command];
  if (count === 'one' ? given !== 1 : given === 0) throw new UsageError(missing[locale]);
  return parsed;
}
