import { localeOf, UsageError } from './args.js';
import { fillCommand } from './commands/fill.js';
import { usage } from './commands/help.js';
import { importCommand } from './commands/import.js';
import { renderCommand } from './commands/render.js';
import { statsCommand } from './commands/stats.js';
import { validateCommand } from './commands/validate.js';
import { EXIT } from './exit-codes.js';
import { type Io, processIo } from './io.js';

const commands = {
  import: importCommand,
  validate: validateCommand,
  fill: fillCommand,
  render: renderCommand,
  stats: statsCommand,
} as const;

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
  const command = commands[name as keyof typeof commands];
  try {
    if (!command) {
      throw new UsageError(locale === 'en' ? `unknown command “${name}”` : `未知命令「${name}」`);
    }
    return await command(rest, io, locale);
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
