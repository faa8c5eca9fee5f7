import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { Locale } from '@gongkai/schema';

/** A mistake in how the command was called: reported with the usage, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export type Options = NonNullable<ParseArgsConfig['options']>;

/** Options every command takes. */
export const commonOptions = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

/** The parsed values: a string for string options, true for flags, undefined when not given. */
export type Values<O extends Options> = {
  [K in keyof O]?: O[K] extends { type: 'string' } ? string : boolean;
};

/** parseArgs, with its errors turned into usage errors (node's own wording is English-only and cryptic). */
export function parse<O extends Options>(
  argv: string[],
  options: O,
  locale: Locale,
): { values: Values<O & typeof commonOptions>; positionals: string[] } {
  try {
    const parsed = parseArgs({
      args: argv,
      options: { ...commonOptions, ...options },
      allowPositionals: true,
      strict: true,
    });
    return parsed as unknown as { values: Values<O & typeof commonOptions>; positionals: string[] };
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = String((error as Error).message).match(/'(-[^' ]+)/)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new UsageError(locale === 'en' ? `unknown option ${option}` : `未知选项 ${option}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new UsageError(locale === 'en' ? `option ${option} needs a value` : `选项 ${option} 需要一个值`);
    throw new UsageError(String((error as Error).message));
  }
}

/** The locale from `--lang` anywhere on the line (read before the command's own parsing, for its errors). */
export function localeOf(argv: readonly string[], env: Record<string, string | undefined>): Locale {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? env.GONGKAI_LANG : argv[i]?.includes('=') ? argv[i]?.split('=')[1] : argv[i + 1];
  return value?.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

/** One value of an enumerated option, or a usage error naming the choices. */
export function oneOf<T extends string>(
  value: string | undefined,
  choices: readonly T[],
  name: string,
  locale: Locale,
): T {
  if (value && (choices as readonly string[]).includes(value)) return value as T;
  const list = choices.join('|');
  throw new UsageError(locale === 'en' ? `--${name} must be one of ${list}` : `--${name} 应为 ${list} 之一`);
}
