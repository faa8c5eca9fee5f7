import type { Locale } from '@gongkai/schema';
import { localeOf, UsageError } from './args.js';
import { usage } from './commands/help.js';
import { EXIT } from './exit-codes.js';
import { type Io, processIo } from './io.js';

type Command = (argv: string[], io: Io, locale: Locale) => Promise<number>;

// Loaded on demand: the charting library and server rendering are heavy, and a clerk's `validate`
// should not wait for them.
const commands: Record<string, () => Promise<Command>> = {
  import: async () => (await import('./commands/import.js')).importCommand,
  validate: async () => (await import('./commands/validate.js')).validateCommand,
  fill: async () => (await import('./commands/fill.js')).fillCommand,
  render: async () => (await import('./commands/render.js')).renderCommand,
  stats: async () => (await import('./commands/stats.js')).statsCommand,
  archive: async () => (await import('./commands/archive.js')).archiveCommand,
};

/**
 * Runs `gongkai <command> …` and resolves to the exit code; never exits the process itself, so tests
 * can call it with their own streams.
 */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const locale = localeOf(argv, io.env);
  const [name, ...rest] = argv;
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    io.stdout.write(usage('main', locale));
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '-v' || name === '--version') {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  try {
    if (!load) {
      throw new UsageError(locale === 'en' ? `unknown command “${name}”` : `未知命令「${name}」`);
    }
    return await (await load())(rest, io, locale);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(
      locale === 'en'
        ? `gongkai: ${error.message} (see gongkai --help)\n`
        : `gongkai：${error.message}（参见 gongkai --help）\n`,
    );
    return EXIT.usage;
  }
}

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';
